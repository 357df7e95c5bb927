package id.serambi.accounts.internal;

import java.io.IOException;
import java.net.URI;

import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in's redirects as paths on this server. Spring Security builds them absolute from the request's host, which
 * is whatever {@code Host} or {@code X-Forwarded-Host} the client sent: a forged one would send the browser elsewhere.
 */
final class RelativeRedirects extends DefaultRedirectStrategy {

    private RelativeRedirects() {
    }

    /** To the sign-in page, when a page needs a signed-in staff member. */
    static LoginUrlAuthenticationEntryPoint toSignIn(String loginPage) {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(loginPage);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After signing in: back to the page asked for before (its path and query only), else {@code home}. */
    static SavedRequestAwareAuthenticationSuccessHandler afterSignIn(String home) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl(home);
        handler.setRedirectStrategy(new RelativeRedirects());
        return handler;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        URI target = URI.create(url);
        if (target.isAbsolute()) {
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            url = target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        }
        super.sendRedirect(request, response, url);
    }
}

package id.serambi.accounts.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a browser's stored HTTP Basic credentials away from API writes that a page elsewhere could send. A page on
 * another site can make the browser send a form (urlencoded, multipart or text/plain body) or a body-less request
 * without asking the server first; anything else (a JSON body, a custom header) needs a CORS preflight, which Serambi
 * never grants. So a write authenticated by Basic is refused (403 {@code CROSS_SITE_WRITE}) when the browser says it
 * comes from another site, or when its body is of a form type and neither {@code X-Requested-With} is sent nor the
 * browser says it comes from Serambi itself ({@code Sec-Fetch-Site: same-origin} or {@code none}).
 */
class BrowserWriteGuard extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final ProblemSecurityHandlers problems;

    BrowserWriteGuard(ProblemSecurityHandlers problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (mayComeFromAnotherSite(request)) {
            problems.refuseCrossSiteWrite(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mayComeFromAnotherSite(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (!WRITES.contains(request.getMethod()) || authorization == null
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || request.getHeader("X-Requested-With") != null) {
            return false;
        }
        String site = lower(request.getHeader("Sec-Fetch-Site"));
        if ("cross-site".equals(site) || "same-site".equals(site)) {
            return true;
        }
        String type = lower(request.getContentType());
        boolean formType = type != null && FORM_TYPES.stream().anyMatch(type::startsWith);
        return formType && !"same-origin".equals(site) && !"none".equals(site);
    }

    private static String lower(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}

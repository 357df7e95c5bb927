package id.serambi.accounts.internal;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import id.serambi.shared.Messages;
import id.serambi.shared.ProblemCodes;
import id.serambi.shared.web.ProblemWriter;
import id.serambi.shared.web.Problems;
import id.serambi.shared.web.RateLimits;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401, 403 and 429 from the API's security filters, written as problem details. Every refused sign-in (unknown name,
 * wrong password, locked or disabled account) gets the same 401; a browser navigation gets no Basic challenge, so
 * that the browser neither asks for nor keeps credentials that a page elsewhere could then send along.
 */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CROSS_SITE_WRITE = "CROSS_SITE_WRITE";

    private final Problems problems;
    private final ProblemWriter writer;
    private final Messages messages;
    private final RateLimits limits;

    ProblemSecurityHandlers(Problems problems, ProblemWriter writer, Messages messages, RateLimits limits) {
        this.problems = problems;
        this.writer = writer;
        this.messages = messages;
        this.limits = limits;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottledException throttled) {
            long seconds = throttled.retryAfterSeconds();
            response.setHeader("Retry-After", Long.toString(seconds));
            writer.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.RATE_LIMITED,
                    messages.get("ratelimit.retry", seconds), java.util.List.of(), request.getRequestURI()).getBody());
            return;
        }
        // A write that signed nobody in (a wrong password, or none for a staff endpoint) spends the public allowance.
        if (!limits.admitPublicApiWrite(request, response)) {
            return;
        }
        if (!isBrowserNavigation(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Serambi\", charset=\"UTF-8\"");
        }
        writer.write(response, problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                messages.get("problem.detail.401"), java.util.List.of(), request.getRequestURI()).getBody());
    }

    static boolean isBrowserNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "navigate".equalsIgnoreCase(request.getHeader("Sec-Fetch-Mode"))
                || accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    /** 403 for an API write that a page elsewhere could have sent with the browser's stored credentials. */
    void refuseCrossSiteWrite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(response, problems.of(HttpStatus.FORBIDDEN, CROSS_SITE_WRITE,
                messages.get("error.api.crossSiteWrite"), java.util.List.of(), request.getRequestURI()).getBody());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(response, problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                messages.get("error.forbiddenRole"), java.util.List.of(), request.getRequestURI()).getBody());
    }
}

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

/** 401 and 403 from the API's security filters, written as problem details. */
@Component
class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

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
        // A write that signed nobody in (a wrong password, or none for a staff endpoint) spends the public allowance.
        if (!limits.admitPublicApiWrite(request, response)) {
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Serambi\", charset=\"UTF-8\"");
        String detail = messages.get(e instanceof org.springframework.security.authentication.LockedException
                ? "error.login.locked" : "problem.detail.401");
        writer.write(response, problems.of(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED, detail,
                java.util.List.of(), request.getRequestURI()).getBody());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(response, problems.of(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                messages.get("error.forbiddenRole"), java.util.List.of(), request.getRequestURI()).getBody());
    }
}

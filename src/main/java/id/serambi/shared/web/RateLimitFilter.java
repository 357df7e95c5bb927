package id.serambi.shared.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before the security filters: sign-in attempts ({@code POST /login}, answered inside the security chain) and form
 * posts of the public pages ({@code /l/…}), per client address, whoever sends them. Writes to the API are limited
 * after authentication ({@link PublicApiLimitFilter}), when it is known whether a staff member sent them.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    public RateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limitFor(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.admit(limitFor(request), request, response)) {
            chain.doFilter(request, response);
        }
    }

    static RateLimits.Limit limitFor(HttpServletRequest request) {
        if (RateLimits.isRead(request)) {
            return null;
        }
        String path = request.getRequestURI();
        if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
            return RateLimits.Limit.LOGIN;
        }
        return path.startsWith("/l/") ? RateLimits.Limit.PUBLIC : null;
    }
}

package id.serambi.shared.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After the security filters let a write to the API through: unless it signed a staff member in, it counts against
 * its address's public allowance. A write that failed authentication never gets here; the API's 401 handler charges
 * it the same way ({@link RateLimits#admitPublicApiWrite}), so a wrong password is no way around the limit either.
 */
public class PublicApiLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;

    public PublicApiLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RateLimits.isApiWrite(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limits.admitPublicApiWrite(request, response)) {
            chain.doFilter(request, response);
        }
    }
}

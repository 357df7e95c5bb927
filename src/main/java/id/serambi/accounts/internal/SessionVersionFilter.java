package id.serambi.accounts.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.serambi.shared.security.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session whose account changed since it signed in (password reset, disabled, roles changed): the
 * session's security version is compared with the stored one on every request, so the next request is signed out
 * and sent to the sign-in page, on whichever server it lands (within the shared-database delay).
 */
class SessionVersionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionVersionFilter.class);

    private final AccountVersions versions;

    SessionVersionFilter(AccountVersions versions) {
        this.versions = versions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof StaffPrincipal staff
                && versions.current(staff.accountId()) != staff.securityVersion()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            log.info("Session of '{}' ended: the account was changed or disabled", staff.getUsername());
        }
        chain.doFilter(request, response);
    }
}

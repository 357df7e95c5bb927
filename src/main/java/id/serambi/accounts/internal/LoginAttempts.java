package id.serambi.accounts.internal;

import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Locks an account for a while after repeated wrong passwords (lockout policy). */
@Component
class LoginAttempts {

    static final int LIMIT = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffRepository staff;
    private final StaffAuthenticationProvider provider;

    LoginAttempts(StaffRepository staff, StaffAuthenticationProvider provider) {
        this.staff = staff;
        this.provider = provider;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).toLowerCase(java.util.Locale.ROOT);
        provider.forget(username);
        staff.recordFailure(username, LIMIT, LOCK);
    }

    /**
     * Clears the failure count after a checked password. A sign-in answered from memory needs no write: a wrong
     * password since the last check would have cleared the memory, so the count is still zero.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!StaffAuthenticationProvider.wasRemembered(event.getAuthentication())) {
            staff.recordSuccess(event.getAuthentication().getName());
        }
    }
}

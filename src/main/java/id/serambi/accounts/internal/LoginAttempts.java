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

    LoginAttempts(StaffRepository staff) {
        this.staff = staff;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        staff.recordFailure(String.valueOf(event.getAuthentication().getPrincipal()).toLowerCase(
                java.util.Locale.ROOT), LIMIT, LOCK);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        staff.recordSuccess(event.getAuthentication().getName());
    }
}

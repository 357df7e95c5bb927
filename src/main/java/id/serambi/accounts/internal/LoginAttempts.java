package id.serambi.accounts.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords: per address and per account name and address in the {@link SignInThrottle}, and per account
 * across all addresses for the account-wide lock ({@value #ACCOUNT_LIMIT} failures within an hour lock the account
 * for an hour, until then or until an administrator unlocks it). A success does not clear the account-wide count,
 * so a busy real user cannot hide guessing spread over many addresses.
 */
@Component
class LoginAttempts {

    static final int ACCOUNT_LIMIT = 50;
    static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
    static final Duration ACCOUNT_LOCK = Duration.ofHours(1);

    private final StaffRepository staff;
    private final StaffAuthenticationProvider provider;
    private final SignInThrottle throttle;

    LoginAttempts(StaffRepository staff, StaffAuthenticationProvider provider, SignInThrottle throttle) {
        this.staff = staff;
        this.provider = provider;
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).toLowerCase(Locale.ROOT);
        provider.forget(username);
        throttle.failed(username, StaffAuthenticationProvider.address(event.getAuthentication()));
        staff.recordFailure(username, ACCOUNT_LIMIT, ACCOUNT_WINDOW, ACCOUNT_LOCK);
    }

    /** A checked good password: its address's count for the account starts again (answers from memory need none). */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (!StaffAuthenticationProvider.wasRemembered(event.getAuthentication())) {
            throttle.succeeded(event.getAuthentication().getName(),
                    StaffAuthenticationProvider.address(event.getAuthentication()));
        }
    }
}

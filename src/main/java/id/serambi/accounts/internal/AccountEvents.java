package id.serambi.accounts.internal;

import org.springframework.stereotype.Component;

/** Makes an account change take effect at once for API clients whose sign-in is remembered. */
@Component
public class AccountEvents {

    private final StaffAuthenticationProvider provider;

    AccountEvents(StaffAuthenticationProvider provider) {
        this.provider = provider;
    }

    public void accountChanged(String username) {
        provider.forget(username);
    }
}

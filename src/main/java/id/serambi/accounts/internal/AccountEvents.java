package id.serambi.accounts.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes an account change take effect at once for API clients whose sign-in is remembered and for page sessions.
 * The memory is forgotten when the change is made and again once its transaction has ended: a sign-in checked
 * between the two, against the rows as they were before the commit, is not answered afterwards.
 */
@Component
public class AccountEvents {

    private final StaffAuthenticationProvider provider;
    private final AccountVersions versions;

    AccountEvents(StaffAuthenticationProvider provider, AccountVersions versions) {
        this.provider = provider;
        this.versions = versions;
    }

    public void accountChanged(String username) {
        versions.forget();
        provider.forget(username);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    provider.forget(username);
                }
            });
        }
    }
}

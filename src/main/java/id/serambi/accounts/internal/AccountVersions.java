package id.serambi.accounts.internal;

import org.springframework.stereotype.Component;

import id.serambi.shared.RememberedRows;

/**
 * Each account's security version as stored (-1 for a disabled account), remembered for at most the shared-database
 * delay: a page session or a remembered API sign-in whose version differs is ended, on this server at once (the
 * change forgets the memory) and on the others within that delay.
 */
@Component
public class AccountVersions {

    private final StaffRepository staff;
    private final RememberedRows<Long, Long> versions = new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    AccountVersions(StaffRepository staff) {
        this.staff = staff;
    }

    public long current(long accountId) {
        return versions.get(accountId, staff::securityVersion);
    }

    /** Called by the transaction that changes an account, before it writes. */
    void forget() {
        versions.forget();
    }
}

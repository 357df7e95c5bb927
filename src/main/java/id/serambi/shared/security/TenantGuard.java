package id.serambi.shared.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The one check that keeps each library's data to its own staff. */
public final class TenantGuard {

    private TenantGuard() {
    }

    /** Passes for the library's own staff and the global administrator; anyone else gets 403. */
    public static StaffPrincipal requireStaffOf(int libraryId, String libraryCode) {
        StaffPrincipal staff = CurrentStaff.get()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no staff signed in"));
        if (!staff.worksIn(libraryId)) {
            throw new ForbiddenLibraryException(libraryCode);
        }
        return staff;
    }
}

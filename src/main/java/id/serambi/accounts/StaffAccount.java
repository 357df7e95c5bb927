package id.serambi.accounts;

import java.time.Instant;
import java.util.Set;

import id.serambi.shared.security.Role;

/** A staff account as others may see it (never its password). */
public record StaffAccount(long id, String username, String fullName, Integer libraryId, Set<Role> roles,
        boolean enabled, Instant lockedUntil, Instant createdAt, Instant unlockedAt, String unlockedBy) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

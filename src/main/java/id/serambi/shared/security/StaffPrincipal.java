package id.serambi.shared.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in staff member: the library they belong to (none for the global administrator) and their roles. */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Integer libraryId;
    private final String libraryCode;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final long securityVersion;

    public StaffPrincipal(long accountId, String username, String passwordHash, String fullName, Integer libraryId,
            String libraryCode, Set<Role> roles, boolean enabled, Instant lockedUntil) {
        this(accountId, username, passwordHash, fullName, libraryId, libraryCode, roles, enabled, lockedUntil, 0);
    }

    /** @param securityVersion the account's version when signed in: a later password, role or state change ends it */
    public StaffPrincipal(long accountId, String username, String passwordHash, String fullName, Integer libraryId,
            String libraryCode, Set<Role> roles, boolean enabled, Instant lockedUntil, long securityVersion) {
        this.accountId = accountId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.libraryId = libraryId;
        this.libraryCode = libraryCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.securityVersion = securityVersion;
    }

    public long securityVersion() {
        return securityVersion;
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    /** The library this staff member works in, or null for the global administrator. */
    public Integer libraryId() {
        return libraryId;
    }

    public String libraryCode() {
        return libraryCode;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /** Whether this staff member holds {@code required} or a role that includes it ({@link Roles}). */
    public boolean holds(Role required) {
        return Roles.includes(roles, required);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean worksIn(int library) {
        return isAdmin() || (libraryId != null && libraryId == library);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + "]";
    }
}

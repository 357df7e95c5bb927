package id.serambi.shared.security;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Which role includes which: the one rule, used by Spring Security (the {@link RoleHierarchy} bean) and by every
 * check in code ({@link StaffPrincipal#holds}, {@link CurrentStaff#holds}). Nothing compares roles by their order.
 */
public final class Roles {

    /** ADMIN includes KEPALA, which includes KABID, which includes KASI, which includes PETUGAS. */
    public static final RoleHierarchy HIERARCHY = RoleHierarchyImpl.fromHierarchy("""
            ROLE_ADMIN > ROLE_KEPALA
            ROLE_KEPALA > ROLE_KABID
            ROLE_KABID > ROLE_KASI
            ROLE_KASI > ROLE_PETUGAS""");

    private Roles() {
    }

    /** Whether one of {@code held} is {@code required} or includes it. */
    public static boolean includes(Collection<Role> held, Role required) {
        Collection<? extends GrantedAuthority> reachable = HIERARCHY.getReachableGrantedAuthorities(
                held.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        return reachable.stream().anyMatch(authority -> required.authority().equals(authority.getAuthority()));
    }
}

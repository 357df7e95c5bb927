package id.serambi.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;

class RolesTest {

    @Test
    void eachLibraryRoleIncludesTheOnesBeforeIt() {
        assertThat(holders(Role.PETUGAS)).containsExactlyInAnyOrder(Role.PETUGAS, Role.KASI, Role.KABID, Role.KEPALA,
                Role.ADMIN);
        assertThat(holders(Role.KASI)).containsExactlyInAnyOrder(Role.KASI, Role.KABID, Role.KEPALA, Role.ADMIN);
        assertThat(holders(Role.KABID)).containsExactlyInAnyOrder(Role.KABID, Role.KEPALA, Role.ADMIN);
        assertThat(holders(Role.KEPALA)).containsExactlyInAnyOrder(Role.KEPALA, Role.ADMIN);
        assertThat(holders(Role.ADMIN)).containsExactly(Role.ADMIN);
    }

    @Test
    void anyOfSeveralRolesIsEnoughAndNoneIsNothing() {
        assertThat(Roles.includes(Set.of(Role.PETUGAS, Role.KABID), Role.KASI)).isTrue();
        assertThat(Roles.includes(Set.of(), Role.PETUGAS)).isFalse();
        assertThat(staff().holds(Role.PETUGAS)).isFalse();
        assertThat(staff(Role.KASI).holds(Role.KASI)).isTrue();
        assertThat(staff(Role.KASI).holds(Role.KABID)).isFalse();
    }

    @Test
    void theChecksInCodeAgreeWithWhatSpringSecurityReaches() {
        for (Role held : Role.values()) {
            Set<String> reachable = AuthorityUtils.authorityListToSet(Roles.HIERARCHY.getReachableGrantedAuthorities(
                    AuthorityUtils.createAuthorityList(held.authority())));
            for (Role required : Role.values()) {
                assertThat(staff(held).holds(required)).as("%s holds %s", held, required)
                        .isEqualTo(reachable.contains(required.authority()));
            }
        }
    }

    private static Set<Role> holders(Role required) {
        Set<Role> holders = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (Roles.includes(Set.of(role), required)) {
                holders.add(role);
            }
        }
        return holders;
    }

    private static StaffPrincipal staff(Role... roles) {
        return new StaffPrincipal(1, "someone", "x", "Someone", 1, "lebak",
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), true, Instant.EPOCH);
    }
}

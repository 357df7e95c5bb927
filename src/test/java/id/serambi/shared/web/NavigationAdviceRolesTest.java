package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;

/** The menu shows a link to whoever holds its role or one including it, as the role hierarchy says. */
class NavigationAdviceRolesTest {

    @Test
    void aLinkForKabidShowsToKepalaAndAdminNotToKasi() {
        assertThat(NavigationAdvice.allows(staff(Role.KEPALA), Role.KABID)).isTrue();
        assertThat(NavigationAdvice.allows(staff(Role.ADMIN), Role.KABID)).isTrue();
        assertThat(NavigationAdvice.allows(staff(Role.KABID), Role.KABID)).isTrue();
        assertThat(NavigationAdvice.allows(staff(Role.KASI), Role.KABID)).isFalse();
    }

    private static StaffPrincipal staff(Role role) {
        return new StaffPrincipal(1, "someone", "x", "Someone", 1, "lebak", EnumSet.of(role), true, Instant.EPOCH);
    }
}

package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;

/** Archiving needs KASI; whoever holds a role including it may, as the role hierarchy says. */
class ComplaintRolesTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void kepalaMayWhatKasiMayAndPetugasMayNot() {
        signIn(Role.KEPALA);
        assertThat(ComplaintService.holds(Role.KASI)).isTrue();
        signIn(Role.PETUGAS);
        assertThat(ComplaintService.holds(Role.KASI)).isFalse();
        SecurityContextHolder.clearContext();
        assertThat(ComplaintService.holds(Role.PETUGAS)).as("nobody signed in").isFalse();
    }

    private static void signIn(Role role) {
        StaffPrincipal staff = new StaffPrincipal(1, "someone", "x", "Someone", 1, "lebak", EnumSet.of(role), true,
                Instant.EPOCH);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
    }
}

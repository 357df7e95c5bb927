package id.serambi.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in the current request. */
public final class CurrentStaff {

    private CurrentStaff() {
    }

    public static Optional<StaffPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return Optional.of(staff);
        }
        return Optional.empty();
    }

    /** Whether someone is signed in who holds {@code required} or a role that includes it ({@link Roles}). */
    public static boolean holds(Role required) {
        return get().map(staff -> staff.holds(required)).orElse(false);
    }

    /** The acting staff member's account id, for "who did it" columns; null for public actions. */
    public static Long accountIdOrNull() {
        return get().map(StaffPrincipal::accountId).orElse(null);
    }
}

package id.serambi.membership.internal;

/** A library's membership settings: its number pattern and where a renewal starts. */
public record MembershipSettings(NumberPattern pattern, RenewalFrom renewalFrom) {

    /** Whether a renewed card's new period starts today or at the old expiry (when that is still ahead). */
    public enum RenewalFrom {
        TODAY, OLD_EXPIRY
    }
}

package id.serambi.privacy;

/**
 * How long a library keeps personal data it no longer needs: online applications never verified are erased after
 * {@code unverifiedApplicationDays}; non-members' guest-book fields are anonymised after {@code guestBookMonths}.
 */
public record RetentionSettings(Integer unverifiedApplicationDays, Integer guestBookMonths) {

    /** Sensible defaults until a library saves its own. */
    public static final RetentionSettings DEFAULTS = new RetentionSettings(30, 12);
}

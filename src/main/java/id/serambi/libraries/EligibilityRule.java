package id.serambi.libraries;

/**
 * A rule on who may join a category, e.g. Barito Utara serves university students only of a campus in the regency.
 *
 * @param type the kind of rule
 * @param regionCode the region the rule refers to, e.g. regency {@code 62.05}
 */
public record EligibilityRule(Type type, String regionCode) {

    /** Kinds of eligibility rule. */
    public enum Type {
        /** The applicant's institution (campus, school, employer) must be in the given regency. */
        INSTITUTION_IN_REGENCY
    }
}

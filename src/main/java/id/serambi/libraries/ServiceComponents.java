package id.serambi.libraries;

/**
 * The eight "manufacturing" components of PermenPANRB 15/2014; none of the five seed documents publishes them,
 * so they start empty and the library fills them in.
 */
public record ServiceComponents(String legalBasis, String facilities, String staffCompetence,
        String internalSupervision, String staffCount, String serviceGuarantee, String safetyGuarantee,
        String performanceEvaluation) {

    /** Whether the library has filled in any of them. */
    public boolean hasAny() {
        return java.util.stream.Stream.of(legalBasis, facilities, staffCompetence, internalSupervision, staffCount,
                serviceGuarantee, safetyGuarantee, performanceEvaluation).anyMatch(v -> v != null && !v.isBlank());
    }

    public static ServiceComponents empty() {
        return new ServiceComponents(null, null, null, null, null, null, null, null);
    }
}

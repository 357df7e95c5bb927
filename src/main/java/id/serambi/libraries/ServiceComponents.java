package id.serambi.libraries;

import id.serambi.shared.MultiLine;

/**
 * The eight "manufacturing" components of PermenPANRB 15/2014; none of the five seed documents publishes them,
 * so they start empty and the library fills them in.
 */
public record ServiceComponents(@MultiLine String legalBasis, @MultiLine String facilities,
        @MultiLine String staffCompetence, @MultiLine String internalSupervision, @MultiLine String staffCount,
        @MultiLine String serviceGuarantee, @MultiLine String safetyGuarantee, @MultiLine String performanceEvaluation) {

    /** Whether the library has filled in any of them. */
    public boolean hasAny() {
        return java.util.stream.Stream.of(legalBasis, facilities, staffCompetence, internalSupervision, staffCount,
                serviceGuarantee, safetyGuarantee, performanceEvaluation).anyMatch(v -> v != null && !v.isBlank());
    }

    public static ServiceComponents empty() {
        return new ServiceComponents(null, null, null, null, null, null, null, null);
    }
}

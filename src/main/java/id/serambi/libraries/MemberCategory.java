package id.serambi.libraries;

import java.util.List;

/**
 * A patron category of one library with the documents it asks for, its age range, membership period and, where the
 * library has one, its eligibility rule.
 */
public record MemberCategory(String code, String name, List<DocumentType> requiredDocuments, Integer minAge,
        Integer maxAge, int periodMonths, boolean institutionRequired, EligibilityRule eligibility, boolean active) {
}

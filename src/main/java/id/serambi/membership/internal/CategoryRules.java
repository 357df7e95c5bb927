package id.serambi.membership.internal;

import static id.serambi.membership.internal.ApplicationValidator.blankToNull;
import static id.serambi.membership.internal.ApplicationValidator.institutionRegency;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.EligibilityRule;
import id.serambi.libraries.MemberCategory;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.DocumentSeen;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.FieldProblem;

/** A category's rules: age range, institution, eligibility (e.g. a campus in the regency) and documents. */
@Component
class CategoryRules {

    private final RegionDirectory regions;

    CategoryRules(RegionDirectory regions) {
        this.regions = regions;
    }

    void check(List<FieldProblem> problems, ApplicationDetails form, MemberCategory category, Integer age) {
        if (age != null) {
            if ((category.minAge() != null && age < category.minAge())
                    || (category.maxAge() != null && age > category.maxAge())) {
                problems.add(FieldProblem.of("birthDate", "membership.category.age", category.name(),
                        category.minAge() == null ? 0 : category.minAge(),
                        category.maxAge() == null ? 150 : category.maxAge()));
            }
        }
        if (category.institutionRequired() && blankToNull(form.institution()) == null) {
            problems.add(FieldProblem.of("institution", "membership.institution.required", category.name()));
        }
        checkEligibility(problems, form, category);
    }

    private void checkEligibility(List<FieldProblem> problems, ApplicationDetails form, MemberCategory category) {
        EligibilityRule rule = category.eligibility();
        if (rule == null || rule.type() != EligibilityRule.Type.INSTITUTION_IN_REGENCY) {
            return;
        }
        String regency = institutionRegency(form.institutionRegion());
        if (regency == null || !regency.equals(rule.regionCode())) {
            problems.add(FieldProblem.of("institutionRegion", "membership.eligibility.regency", category.name(),
                    regions.regencyName(rule.regionCode())));
        }
    }

    static Map<DocumentType, String> documents(List<FieldProblem> problems, ApplicationDetails form,
            MemberCategory category, boolean documentsChecked) {
        Map<DocumentType, String> shown = new EnumMap<>(DocumentType.class);
        List<DocumentSeen> documents = form.documents();
        for (int i = 0; i < documents.size(); i++) {
            DocumentSeen document = documents.get(i);
            if (document == null || blankToNull(document.type()) == null) {
                continue;
            }
            try {
                shown.put(DocumentType.valueOf(document.type().strip()), blankToNull(document.number()));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("documents[" + i + "].type", "membership.document.unknown",
                        document.type()));
            }
        }
        if (documentsChecked && category != null && !category.requiredDocuments().isEmpty()
                && category.requiredDocuments().stream().noneMatch(shown::containsKey)) {
            problems.add(FieldProblem.of("documents", "membership.documents.missing",
                    String.join(" / ", category.requiredDocuments().stream().map(Enum::name).toList())));
        }
        return shown;
    }
}

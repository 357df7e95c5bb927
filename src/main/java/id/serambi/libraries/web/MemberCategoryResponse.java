package id.serambi.libraries.web;

import java.util.List;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.EligibilityRule;
import id.serambi.libraries.MemberCategory;
import id.serambi.regions.Region;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.Messages;

/** A patron category; {@code eligibility} explains the rule in the reader's language, or is null. */
record MemberCategoryResponse(String code, String name, List<DocumentType> requiredDocuments, Integer minAge,
        Integer maxAge, String eligibility, Rule eligibilityRule, int periodMonths, boolean institutionRequired) {

    record Rule(String type, String regionCode, String regionName) {
    }

    static MemberCategoryResponse of(MemberCategory category, Messages messages, RegionDirectory regions) {
        EligibilityRule rule = category.eligibility();
        Rule ruleResponse = null;
        String text = null;
        if (rule != null) {
            String regionName = regions.regency(rule.regionCode()).map(Region::name).orElse(rule.regionCode());
            ruleResponse = new Rule(rule.type().name(), rule.regionCode(), regionName);
            text = messages.get("eligibility." + rule.type().name(), regionName);
        }
        return new MemberCategoryResponse(category.code(), category.name(), category.requiredDocuments(),
                category.minAge(), category.maxAge(), text, ruleResponse, category.periodMonths(),
                category.institutionRequired());
    }
}

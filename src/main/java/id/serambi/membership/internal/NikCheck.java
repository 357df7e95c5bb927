package id.serambi.membership.internal;

import java.util.List;

import id.serambi.shared.FieldProblem;

/**
 * What the NIK validator found: refusals (field problems) and warnings for staff (message keys, e.g. a region prefix
 * that is not in today's code list).
 */
public record NikCheck(List<FieldProblem> problems, List<String> warnings, Sex sex) {

    public boolean valid() {
        return problems.isEmpty();
    }
}

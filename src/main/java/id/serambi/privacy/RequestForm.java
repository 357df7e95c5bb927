package id.serambi.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.serambi.membership.CorrectableField;
import id.serambi.membership.MemberErasure;
import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** Checks a member's request field by field before anything is written. */
class RequestForm {

    static final int MAX_REASON = 1000;

    private final MemberErasure membership;

    RequestForm(MemberErasure membership) {
        this.membership = membership;
    }

    NewRequest check(NewRequest request) {
        NewRequest r = request == null ? new NewRequest(null, null, null, null) : request;
        List<FieldProblem> problems = new ArrayList<>();
        PrivacyRequest.Kind kind = parse(PrivacyRequest.Kind.class, r.kind());
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "privacy.error.kind"));
        }
        String reason = blankToNull(r.reason());
        if (reason == null && kind != null && kind != PrivacyRequest.Kind.ACCESS) {
            problems.add(FieldProblem.of("reason", "validation.required"));
        } else if (reason != null && reason.length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", "validation.tooLong", MAX_REASON));
        }
        String field = null;
        String value = null;
        if (kind == PrivacyRequest.Kind.CORRECTION) {
            CorrectableField target = parse(CorrectableField.class, r.field());
            if (target == null) {
                problems.add(FieldProblem.of("field", "privacy.error.field"));
            } else {
                field = target.name();
                value = checkedValue(problems, target, r.proposedValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewRequest(kind.name(), field, value, reason);
    }

    private String checkedValue(List<FieldProblem> problems, CorrectableField target, String value) {
        try {
            return membership.checkCorrection(target, value);
        } catch (DomainException refused) {
            problems.addAll(refused.fieldProblems());
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package id.serambi.complaints;

import java.util.ArrayList;
import java.util.List;

import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** What a step of the workflow must carry: an answer or a refusal is explained to the complainant. */
final class TransitionRules {

    static final int MAX_NOTE = 2000;
    static final int MAX_RESPONSE = 4000;

    private TransitionRules() {
    }

    static void check(ComplaintStatus target, String note, String response) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean needsResponse = target == ComplaintStatus.ANSWERED || target == ComplaintStatus.NOT_OUR_REMIT;
        if (needsResponse && (response == null || response.isBlank())) {
            problems.add(FieldProblem.of("response", "complaints.validation.responseRequired"));
        }
        if (response != null && response.length() > MAX_RESPONSE) {
            problems.add(FieldProblem.of("response", "validation.tooLong", MAX_RESPONSE));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "validation.tooLong", MAX_NOTE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

package id.serambi.complaints;

import java.util.ArrayList;
import java.util.List;

import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.Role;

/**
 * A library's complaint deadlines in working days and the role that answers with a draft resolution.
 *
 * @param verifyDays from receipt to verified and forwarded
 * @param followUpDays from forwarding to the answer, and again from the answer to the resolution applied
 * @param closeDays from the resolution to closing when the complainant does not reply
 * @param answeringRole the least role that may answer (Lebak: the Kepala Bidang)
 */
public record ComplaintSettings(int verifyDays, int followUpDays, int closeDays, Role answeringRole) {

    static final int MAX_DAYS = 60;

    /** LAPOR! practice: verify within 3 working days, follow up within 5, close after 10 without reply. */
    public static ComplaintSettings defaults() {
        return new ComplaintSettings(3, 5, 10, Role.KABID);
    }

    /** Refuses days outside 1..60 and a role that is not a library role. */
    public ComplaintSettings validated() {
        List<FieldProblem> problems = new ArrayList<>();
        checkDays(problems, "verifyDays", verifyDays);
        checkDays(problems, "followUpDays", followUpDays);
        checkDays(problems, "closeDays", closeDays);
        if (answeringRole == null || !answeringRole.isLibraryRole()) {
            problems.add(FieldProblem.of("answeringRole", "complaints.validation.role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    /** Working days allowed in a status before the next step is overdue. */
    public int daysIn(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> verifyDays;
            case VERIFIED, ANSWERED, RESOLUTION_RETURNED -> followUpDays;
            case RESOLVED -> closeDays;
            default -> 0;
        };
    }

    private static void checkDays(List<FieldProblem> problems, String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            problems.add(FieldProblem.of(field, "complaints.validation.days", 1, MAX_DAYS));
        }
    }
}

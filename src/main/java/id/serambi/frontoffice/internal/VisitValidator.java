package id.serambi.frontoffice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitorType;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** Checks a guest-book entry field by field before anything is read or written. */
public final class VisitValidator {

    static final int MAX_GROUP = 10_000;
    private static final Set<String> SEXES = Set.of("MALE", "FEMALE");

    private VisitValidator() {
    }

    /** The entry's visitor type; throws with every field problem at once. */
    public static VisitorType check(NewVisit visit) {
        List<FieldProblem> problems = new ArrayList<>();
        VisitorType type = type(visit.visitorType(), visit.memberNumber(), problems);
        if (type == VisitorType.MEMBER) {
            required(problems, "memberNumber", visit.memberNumber(), 40);
        } else if (type == VisitorType.NON_MEMBER) {
            required(problems, "name", visit.name(), 200);
            optional(problems, "occupation", visit.occupation(), 100);
            optional(problems, "education", visit.education(), 100);
            optional(problems, "address", visit.address(), 300);
            if (visit.sex() != null && !SEXES.contains(visit.sex().toUpperCase(Locale.ROOT))) {
                problems.add(FieldProblem.of("sex", "frontoffice.visit.sexInvalid"));
            }
        } else if (type == VisitorType.GROUP) {
            group(visit, problems);
        }
        optional(problems, "institution", visit.institution(), 200);
        optional(problems, "purpose", visit.purpose(), 40);
        optional(problems, "location", visit.location(), 40);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return type;
    }

    private static VisitorType type(String given, String memberNumber, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return VisitorType.MEMBER;
        }
        try {
            return VisitorType.valueOf(given.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("visitorType", "frontoffice.visit.typeInvalid"));
            return null;
        }
    }

    private static void group(NewVisit visit, List<FieldProblem> problems) {
        required(problems, "groupName", visit.groupName(), 200);
        optional(problems, "leader", visit.leader(), 200);
        optional(problems, "contact", visit.contact(), 100);
        Integer size = visit.groupSize();
        if (size == null || size < 1 || size > MAX_GROUP) {
            problems.add(FieldProblem.of("groupSize", "frontoffice.visit.groupSizeInvalid", MAX_GROUP));
            return;
        }
        NewVisit.Breakdown breakdown = visit.breakdown();
        if (breakdown == null) {
            return;
        }
        int male = breakdown.male() == null ? 0 : breakdown.male();
        int female = breakdown.female() == null ? 0 : breakdown.female();
        if (male < 0 || female < 0 || male + female != size) {
            problems.add(FieldProblem.of("breakdown", "frontoffice.visit.breakdownMismatch", male + female, size));
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "frontoffice.visit.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "frontoffice.visit.tooLong", max));
        }
    }

    /** Trimmed text, null when blank. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package id.serambi.shared;

/** One field's problem, as a message key resolved in the user's language when answered. */
public record FieldProblem(String field, String messageKey, Object... args) {

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, args);
    }
}

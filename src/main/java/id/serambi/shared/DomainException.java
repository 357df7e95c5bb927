package id.serambi.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal by a business rule: carries its HTTP status, a stable code for API clients and a message key
 * that is resolved in the user's language when the answer is written.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public DomainException(HttpStatus status, String code, String messageKey, Object... args) {
        this(status, code, List.of(), messageKey, args);
    }

    public DomainException(HttpStatus status, String code, List<FieldProblem> fieldProblems, String messageKey,
            Object... args) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}

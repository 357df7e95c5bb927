package id.serambi.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that breaks the rules field by field (400 VALIDATION_FAILED); nothing has been written. */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", problems, "error.validation");
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, args)));
    }
}

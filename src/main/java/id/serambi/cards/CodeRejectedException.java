package id.serambi.cards;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/**
 * A one-time code that is wrong, expired, used up or never sent, or the member's codes are locked after too many
 * wrong tries within a day (422 with a code saying which).
 */
public class CodeRejectedException extends DomainException {

    /** Why a code was refused; each has its own stable API code. */
    public enum Reason {
        CODE_WRONG, CODE_EXPIRED, CODE_TOO_MANY_ATTEMPTS, CODE_NOT_SENT, CODES_LOCKED
    }

    private final Reason reason;

    public CodeRejectedException(Reason reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, reason.name(),
                List.of(FieldProblem.of("code", "cards.code." + reason.name())), "cards.code." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package id.serambi.cards;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/** Some numbers of a batch are unknown or not approved; nothing was printed (422, one error per number). */
public class CardsNotPrintableException extends DomainException {

    public CardsNotPrintableException(List<FieldProblem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "CARDS_NOT_PRINTABLE", problems, "cards.error.batchRefused",
                problems.size());
    }
}

package id.serambi.cards;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A card is handed over only after it was printed (409). */
public class NoCardPrintedException extends DomainException {

    public NoCardPrintedException(String memberNumber) {
        super(HttpStatus.CONFLICT, "NO_CARD_PRINTED", "cards.error.noCardPrinted", memberNumber);
    }
}

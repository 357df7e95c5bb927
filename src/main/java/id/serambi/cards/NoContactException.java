package id.serambi.cards;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A one-time code cannot be sent: the member has no mobile number or e-mail for the chosen channel (422). */
public class NoContactException extends DomainException {

    public NoContactException(String channel) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "NO_CONTACT", "cards.error.noContact", channel);
    }
}

package id.serambi.cards;

import java.util.List;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;

/**
 * Where the library's standard needs the member's phone proven, a card is not handed over without that proof: a
 * one-time code confirmed, or the number the member shows typed again and equal to the one on record (422).
 */
public class PhoneNotConfirmedException extends DomainException {

    private PhoneNotConfirmedException(String field, String messageKey) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "PHONE_NOT_CONFIRMED", List.of(FieldProblem.of(field, messageKey)),
                messageKey);
    }

    /** Neither a confirmed code nor a typed number: a bare tick proves nothing. */
    public static PhoneNotConfirmedException missing() {
        return new PhoneNotConfirmedException("phoneShown", "cards.handover.phoneProofRequired");
    }

    /** The typed number is not the one on record (or not a phone number). */
    public static PhoneNotConfirmedException mismatch() {
        return new PhoneNotConfirmedException("phoneShown", "cards.handover.phoneMismatch");
    }

    /** The member has no phone number on record, so there is nothing to confirm against. */
    public static PhoneNotConfirmedException noneOnRecord() {
        return new PhoneNotConfirmedException("phoneShown", "cards.handover.noPhoneOnRecord");
    }
}

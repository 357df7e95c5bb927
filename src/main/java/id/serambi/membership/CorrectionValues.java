package id.serambi.membership;

import id.serambi.membership.internal.PhoneNumbers;
import id.serambi.shared.EmailAddresses;
import id.serambi.shared.InvalidInputException;

/** Checks a proposed value for a correctable field the way registration checks it. */
class CorrectionValues {

    private static final String FIELD = "proposedValue";

    String check(CorrectableField field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(FIELD, "validation.required");
        }
        if (text.length() > field.maxLength()) {
            throw InvalidInputException.of(FIELD, "validation.tooLong", field.maxLength());
        }
        return switch (field) {
            case PHONE -> PhoneNumbers.toE164(text)
                    .orElseThrow(() -> InvalidInputException.of(FIELD, "membership.phone.invalid"));
            case EMAIL -> {
                if (!EmailAddresses.isValid(text)) {
                    throw InvalidInputException.of(FIELD, "membership.email.invalid");
                }
                yield text;
            }
            default -> text;
        };
    }
}

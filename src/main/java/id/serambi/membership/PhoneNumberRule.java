package id.serambi.membership;

import java.util.Optional;

import id.serambi.membership.internal.PhoneNumbers;

/** The one reading of a phone number as people type it (0812…, +62 812…, 62812…) into the E.164 of members. */
public final class PhoneNumberRule {

    private PhoneNumberRule() {
    }

    /** The number in E.164, or empty when it is not a valid phone number. */
    public static Optional<String> toE164(String typed) {
        return PhoneNumbers.toE164(typed);
    }
}

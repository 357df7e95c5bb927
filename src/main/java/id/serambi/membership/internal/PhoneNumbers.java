package id.serambi.membership.internal;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers as people type them (0812…, +62 812…, 62812…) turned into E.164, Indonesia by default. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164 (e.g. {@code +6281234567890}), or empty when it is not a valid phone number. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String typed = raw.strip();
        PhoneNumber plain = plainMobile(typed);
        if (plain != null) {
            return UTIL.isValidNumber(plain) ? Optional.of("+62" + plain.getNationalNumber()) : Optional.empty();
        }
        return viaParser(typed);
    }

    /** The library's full parse (separators, extensions, other countries). */
    static Optional<String> viaParser(String typed) {
        String number = typed;
        if (number.length() >= 10 && number.length() <= 15 && number.startsWith("62") && digits(number)) {
            number = "+" + number;
        }
        try {
            PhoneNumber parsed = UTIL.parse(number, "ID");
            if (!UTIL.isValidNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /**
     * An Indonesian mobile number typed as bare digits (08…, 628…, +628…), the way nearly every member file holds
     * them, read without the parser's patterns (most of the cost of checking an imported row). Null for anything else.
     */
    static PhoneNumber plainMobile(String typed) {
        int start = typed.startsWith("+62") ? 3 : typed.startsWith("62") ? 2 : typed.startsWith("0") ? 1 : -1;
        if (start < 0) {
            return null;
        }
        String national = typed.substring(start);
        if (national.length() < 9 || national.length() > 12 || national.charAt(0) != '8' || !digits(national)) {
            return null;
        }
        return new PhoneNumber().setCountryCode(62).setNationalNumber(Long.parseLong(national));
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}

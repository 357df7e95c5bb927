package id.serambi.membership.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;

/** Phone numbers as people type them (0812…, +62 812…, 62812…) turned into E.164, Indonesia by default. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Indonesia's mobile numbers as the library's metadata describes them (lengths and pattern). */
    private static final PhoneNumberDesc MOBILE = DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource().getMetadataForRegion("ID").getMobile();
    private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE.getNationalNumberPattern());

    private PhoneNumbers() {
    }

    /** The number in E.164 (e.g. {@code +6281234567890}), or empty when it is not a valid phone number. */
    public static Optional<String> toE164(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String typed = raw.strip();
        PhoneNumber plain = plainMobile(withoutSeparators(typed));
        if (plain != null) {
            return valid(plain) ? Optional.of("+62" + plain.getNationalNumber()) : Optional.empty();
        }
        return viaParser(typed);
    }

    /**
     * Whether a number is valid, as {@link PhoneNumberUtil#isValidNumber} decides: a number of the mobile pattern is
     * (the metadata's general pattern covers every type), anything else is asked of the library, which tries each
     * type's pattern in turn.
     */
    private static boolean valid(PhoneNumber number) {
        String national = String.valueOf(number.getNationalNumber());
        return (MOBILE.getPossibleLengthList().contains(national.length())
                && MOBILE_PATTERN.matcher(national).matches()) || UTIL.isValidNumber(number);
    }

    /**
     * The number without the spaces, dashes, dots and brackets people group digits with ("0812-3456 7890"), or the
     * text itself when it holds anything else (letters, an extension), which only the parser reads, or when it is
     * grouped digits from 62 without a plus.
     */
    static String withoutSeparators(String typed) {
        StringBuilder compact = null;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            boolean separator = c == ' ' || c == '-' || c == '.' || c == '(' || c == ')';
            if (!separator && !(c >= '0' && c <= '9') && !(c == '+' && i == 0)) {
                return typed;
            }
            if (separator && compact == null) {
                compact = new StringBuilder(typed.length()).append(typed, 0, i);
            } else if (!separator && compact != null) {
                compact.append(c);
            }
        }
        // "62 812…" with separators is read by the parser as a national number, not a country code: left to it.
        return compact == null || compact.toString().startsWith("62") ? typed : compact.toString();
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
     * An Indonesian mobile number typed as digits (08…, 628…, +628…, separators taken out), the way nearly every
     * member file holds them, read without the parser's patterns (most of the cost of checking an imported row). Null for anything else.
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

package id.serambi.shared;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address, for forms, imports, library profiles and before sending: something, an
 * {@code @}, a domain with a dot, no spaces; at most 254 characters, of which at most 64 before the {@code @}
 * (RFC 5321: longer ones cannot be delivered). Surrounding spaces are the caller's to strip.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL_PART = 64;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches()
                && address.indexOf('@') <= MAX_LOCAL_PART;
    }
}

package id.serambi.complaints.internal;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * Tracking codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 49 bits of chance, so
 * that nobody can walk through other people's complaints by guessing.
 */
@Component
public class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a text can be a tracking code at all (saves a query for junk), after upper-casing. */
    public static boolean looksValid(String code) {
        return code != null && code.length() == LENGTH
                && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

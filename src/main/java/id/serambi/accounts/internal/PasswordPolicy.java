package id.serambi.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.serambi.shared.FieldProblem;

/**
 * What a staff password must be, after NIST SP 800-63B: long enough, not one of the 10,000 most common passwords
 * (nor one of them with digits or signs around it), not just repeated or sequential characters or a keyboard run,
 * and not built on the username, the library's code or name, or the application's name. No composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    /** A password whose characters mostly continue the one before (aaaa, 1234, qwer, abcabc) is refused. */
    static final int MIN_SURPRISES = 4;
    private static final int MIN_CONTEXT_WORD = 5;
    private static final List<String> KEYBOARD_ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");
    private static final Set<String> COMMON = load("/accounts/common-passwords.txt");

    private PasswordPolicy() {
    }

    /**
     * The problem with a password, on the field {@code password}, or empty when it may be used.
     *
     * @param context the username, the library's code and name: no word of them may be part of the password
     */
    public static Optional<FieldProblem> problem(String password, Collection<String> context) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return problem("validation.password.short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            return problem("validation.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (surprises(lower) < MIN_SURPRISES) {
            return problem("validation.password.pattern");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""))) {
            return problem("validation.password.common");
        }
        if (contextWords(context).stream().anyMatch(lower::contains)) {
            return problem("validation.password.containsContext");
        }
        return Optional.empty();
    }

    private static Optional<FieldProblem> problem(String key, Object... args) {
        return Optional.of(FieldProblem.of("password", key, args));
    }

    /** Characters that do not merely repeat or continue what came just before (same, next, keyboard neighbour). */
    static int surprises(String password) {
        int[] chars = password.codePoints().toArray();
        int surprises = 0;
        for (int i = 0; i < chars.length; i++) {
            if (!(i > 0 && continues(chars[i - 1], chars[i]) || repeats(chars, i))) {
                surprises++;
            }
        }
        return surprises;
    }

    private static boolean continues(int previous, int current) {
        if (Math.abs(current - previous) <= 1 && Character.isLetterOrDigit(previous)) {
            return true;
        }
        for (String row : KEYBOARD_ROWS) {
            int at = row.indexOf(previous);
            if (at >= 0 && row.indexOf(current) >= 0 && Math.abs(row.indexOf(current) - at) == 1) {
                return true;
            }
        }
        return previous == current;
    }

    /** The character and the one before it repeat a short group just before them (abab, abcabc). */
    private static boolean repeats(int[] chars, int i) {
        for (int period = 2; period <= 4 && i - 1 - period >= 0; period++) {
            if (chars[i] == chars[i - period] && chars[i - 1] == chars[i - 1 - period]) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> contextWords(Collection<String> context) {
        Set<String> words = new HashSet<>(Set.of("serambi"));
        for (String text : context) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT).trim();
            if (lower.length() >= 3) {
                words.add(lower);
            }
            for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= MIN_CONTEXT_WORD) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static Set<String> load(String resource) {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> common.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}

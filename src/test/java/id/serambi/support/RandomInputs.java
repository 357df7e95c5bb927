package id.serambi.support;

import java.util.List;
import java.util.Random;

/**
 * A few generators of hostile test input for the seeded-random property tests. Every test fixes its own seed, so a
 * failure names the seed and the case and comes back identically on the next run.
 */
public final class RandomInputs {

    /** Texts every "any text" generator starts with: the edges random draws rarely hit. */
    public static final List<String> EDGE_TEXTS = List.of("", " ", "\t", "\n", "\r\n", "\u0000", "\uFEFF", "\uD800",
            "\uDC00", "😀", "٣٣٣", "०१२", "ａ", "null", "'", "\"", "\\", "=1+1", "x".repeat(40));

    private RandomInputs() {
    }

    /** An int from min to max, both included. */
    public static int between(Random random, int min, int max) {
        return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    }

    /** A long from min to max, both included. */
    public static long between(Random random, long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    @SafeVarargs
    public static <T> T oneOf(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    public static <T> T oneOf(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Any text up to maxLength chars: ASCII, the whole UTF-16 range (lone surrogates too) or astral code points. */
    public static String anyText(Random random, int maxLength) {
        int length = between(random, 0, maxLength);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            switch (random.nextInt(3)) {
                case 0 -> text.append((char) between(random, 0, 127));
                case 1 -> text.append((char) random.nextInt(Character.MAX_VALUE + 1));
                default -> text.appendCodePoint(between(random, 0x10000, Character.MAX_CODE_POINT));
            }
        }
        return text.length() > maxLength ? text.substring(0, maxLength) : text.toString();
    }

    /** Text of the given alphabet's chars, minLength to maxLength long. */
    public static String textOf(Random random, String alphabet, int minLength, int maxLength) {
        int length = between(random, minLength, maxLength);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public static String digits(Random random, int length) {
        return textOf(random, "0123456789", length, length);
    }

    public static byte[] bytes(Random random, int maxSize) {
        byte[] bytes = new byte[between(random, 0, maxSize)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The text with control, non-ASCII and surrogate chars escaped, for readable failure messages. */
    public static String show(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder("\"");
        text.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : "\\u%04X".formatted(c)));
        return shown.append('"').toString();
    }
}

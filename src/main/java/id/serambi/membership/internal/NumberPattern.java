package id.serambi.membership.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A library's member number pattern: literal text with {@code {YYYY}} or {@code {YY}} for the year and
 * {@code {SEQ:n}} for the sequence zero-padded to n digits, e.g. {@code SDA-{YYYY}-{SEQ:6}} gives
 * {@code SDA-2026-000042}. With a year in the pattern the sequence starts again each year.
 */
public record NumberPattern(String pattern) {

    private static final Pattern SEQUENCE = Pattern.compile("\\{SEQ:([1-9][0-9]?)}");

    public NumberPattern {
        if (pattern == null || !SEQUENCE.matcher(pattern).find()) {
            throw new IllegalArgumentException("A member number pattern needs {SEQ:n}: " + pattern);
        }
    }

    /** Whether the text is a usable pattern: exactly one {@code {SEQ:n}}. */
    public static boolean valid(String pattern) {
        Matcher matcher = SEQUENCE.matcher(pattern);
        return matcher.find() && !matcher.find();
    }

    /** The default for a library: its code in capitals, the year and six digits. */
    public static NumberPattern defaultFor(String libraryCode) {
        return new NumberPattern(libraryCode.toUpperCase(java.util.Locale.ROOT) + "-{YYYY}-{SEQ:6}");
    }

    public boolean yearly() {
        return pattern.contains("{YYYY}") || pattern.contains("{YY}");
    }

    /** The counter a number is drawn from: the year when numbers restart yearly, else 0. */
    public int period(int year) {
        return yearly() ? year : 0;
    }

    public String format(int year, long sequence) {
        String text = pattern.replace("{YYYY}", String.format("%04d", year))
                .replace("{YY}", String.format("%02d", year % 100));
        Matcher matcher = SEQUENCE.matcher(text);
        matcher.find();
        String digits = String.format("%0" + matcher.group(1) + "d", sequence);
        return text.substring(0, matcher.start()) + digits + text.substring(matcher.end());
    }
}

package id.serambi.shared;

/**
 * Text as Serambi keeps it. No text may hold a control character (NUL, which PostgreSQL cannot store, ESC, which
 * drives a terminal reading the log, DEL, C1) other than tab and line breaks, nor a character that turns the
 * direction of the text around it (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C). A one-line field (every
 * field but those marked {@link MultiLine}) also holds no tab or line break and no invisible character (U+200B–U+200D,
 * U+2060, U+FEFF), so that a name cannot forge a log line, hide inside another or reverse what is shown beside it.
 */
public final class PlainText {

    public static final String ONE_LINE = "error.field.oneLine";
    public static final String CONTROL_CHARACTERS = "error.field.controlCharacters";

    private PlainText() {
    }

    /** The message key saying why the text may not be kept in such a field, or null when it may. */
    public static String refusal(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refusedAnywhere(c)) {
                return multiLine ? CONTROL_CHARACTERS : ONE_LINE;
            }
            if (!multiLine && oneLineOnly(c)) {
                return ONE_LINE;
            }
        }
        return null;
    }

    /** The text itself, or a {@link RefusedTextException} naming why. */
    public static String require(String text, boolean multiLine) {
        String refusal = refusal(text, multiLine);
        if (refusal != null) {
            throw new RefusedTextException(refusal);
        }
        return text;
    }

    private static boolean refusedAnywhere(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static boolean oneLineOnly(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'
                || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }
}

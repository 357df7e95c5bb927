package id.serambi.shared;

/** Text as PostgreSQL can store it: anything but the NUL character. */
public final class PlainText {

    private PlainText() {
    }

    public static boolean storable(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }

    /** The text itself, or a refusal a binder turns into a field error (type mismatch, 400). */
    public static String requireStorable(String text) {
        if (!storable(text)) {
            throw new IllegalArgumentException("Text must not contain a NUL character");
        }
        return text;
    }

    /** The text with NUL shown as \0, for error messages and logs. */
    public static String printable(String text) {
        return text.replace("\u0000", "\\0");
    }
}

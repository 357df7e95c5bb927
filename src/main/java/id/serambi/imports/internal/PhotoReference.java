package id.serambi.imports.internal;

/**
 * An imported row's photo file name in the old system (SLiMS's member_image), with the number the row brought:
 * {@code kept} when the member has that number now, else (renumbered, or a re-import) it is the member's old number.
 */
public record PhotoReference(long rowNumber, String oldNumber, boolean kept, String image) {

    /** The file name alone: SLiMS stores a bare name, and a zip's folders are not trusted. */
    public static String baseName(String name) {
        String unixed = name.replace('\\', '/');
        return unixed.substring(unixed.lastIndexOf('/') + 1).strip();
    }
}

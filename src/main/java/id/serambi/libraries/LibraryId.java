package id.serambi.libraries;

/** Identifies a library; the first argument of every repository and facade method. */
public record LibraryId(int value) {

    public static LibraryId of(int value) {
        return new LibraryId(value);
    }
}

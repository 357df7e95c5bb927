package id.serambi.imports;

/** A row whose photo was not stored: its line in the file, the member, the file it named, why (a message key). */
public record PhotoWarning(long rowNumber, String memberNumber, String image, String messageKey, String message) {
}

package id.serambi.frontoffice;

/**
 * An entry of one of the library's lists for the guest book: a purpose of visit or a room.
 *
 * @param name the label in the user's language (the library's own wording, or the bundle's for a default)
 */
public record VisitChoice(String code, String name, boolean active) {
}

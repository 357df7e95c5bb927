package id.serambi.cards.internal.render;

/**
 * What a card shows of its library.
 *
 * @param name the library's name, printed in the band
 * @param address street address with postal code, or empty
 * @param phone telephone, or empty
 * @param website website, or empty
 * @param email e-mail, or empty
 */
public record LibraryFace(String name, String address, String phone, String website, String email) {
}

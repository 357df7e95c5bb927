package id.serambi.libraries;

/**
 * Something in a library's published standard the library should look at; Serambi never changes the standard itself.
 *
 * @param serviceCode the service concerned, or null for the whole library
 * @param messageKey what is wrong, in the message bundles
 * @param args values for the message
 */
public record StandardWarning(String serviceCode, String messageKey, Object... args) {
}

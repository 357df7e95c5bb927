package id.serambi.libraries;

/**
 * Something in a library's published standard the library should look at; Serambi never changes the standard itself.
 *
 * @param serviceCode the service concerned, or null for the whole library
 * @param messageKey what is wrong, in the message bundles
 * @param args values for the message
 */
public record StandardWarning(String serviceCode, String messageKey, Object... args) {

    /** The steps' times add up to another time than the stated completion time (Sidoarjo: 26 minutes against 10). */
    public static final String STEP_TIMES_DIFFER = "warning.stepTimesDiffer";
}

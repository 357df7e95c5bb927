package id.serambi.cards.internal;

/** Sends a text message to a mobile number in E.164; a log-only gateway for the quick start, or an HTTP one. */
public sealed interface SmsGateway permits LoggingSmsGateway, HttpSmsGateway {

    void send(String toE164, String text);

    /** Whether a message given to it reaches a phone (the log-only gateway's do not). */
    default boolean delivers() {
        return true;
    }
}

package id.serambi.cards.internal;

/** Sends a text message to a mobile number in E.164; a log-only gateway for the quick start, or an HTTP one. */
public sealed interface SmsGateway permits LoggingSmsGateway, HttpSmsGateway {

    void send(String toE164, String text);
}

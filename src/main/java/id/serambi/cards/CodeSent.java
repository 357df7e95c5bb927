package id.serambi.cards;

/**
 * A one-time code given out: to whom (masked) and whether a gateway delivered it; without an SMS gateway or SMTP
 * server it only went to the server's log, and the desk must not say it was sent.
 */
public record CodeSent(String sentTo, boolean delivered) {
}

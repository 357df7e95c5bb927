package id.serambi.cards.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.serambi.shared.mail.UndeliveredMessages;

/**
 * The gateway without {@code SERAMBI_SMS_URL}: writes the message to the log, where the quick start's operator can
 * read the code; the number is masked, the text left out where {@link UndeliveredMessages} says so.
 */
final class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    private final UndeliveredMessages undelivered;

    LoggingSmsGateway(UndeliveredMessages undelivered) {
        this.undelivered = undelivered;
        undelivered.notConfigured("no SMS gateway for one-time codes (SERAMBI_SMS_URL is empty)");
    }

    @Override
    public void send(String toE164, String text) {
        undelivered.logged(log, "SMS", toE164, text);
    }

    @Override
    public boolean delivers() {
        return false;
    }
}

package id.serambi.cards.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The quick start's gateway: writes the message to the log, where the operator can read the code. */
final class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String toE164, String text) {
        log.info("SMS (no gateway configured, SERAMBI_SMS_URL is empty) to {}: {}", toE164, text);
    }
}

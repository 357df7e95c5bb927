package id.serambi.shared.mail;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What becomes of a message that no gateway delivers (no SMS gateway, no SMTP server): its recipient is logged masked,
 * its text (one-time codes, names) only when {@code serambi.messages.log-undelivered} allows it. The setting is read
 * here at run time, not by a bean condition (the jar's conditions are settled when it is built); left empty it is on
 * for the embedded quick start and off with a PostgreSQL server ({@code SERAMBI_DB_URL}).
 */
@Component
public class UndeliveredMessages {

    private static final Logger log = LoggerFactory.getLogger(UndeliveredMessages.class);

    private final boolean textLogged;
    private final List<String> missing = new ArrayList<>();

    public UndeliveredMessages(@Value("${serambi.messages.log-undelivered:}") String setting,
            @Value("${serambi.db.url:}") String databaseUrl) {
        this.textLogged = setting == null || setting.isBlank() ? databaseUrl == null || databaseUrl.isBlank()
                : Boolean.parseBoolean(setting.strip());
    }

    /** Notes a way of delivery that is not configured, for the start-up warning. */
    public synchronized void notConfigured(String what) {
        missing.add(what);
    }

    /** Logs a message that was not delivered: the recipient masked, the text only where the setting allows it. */
    public void logged(Logger to, String channel, String recipient, String text) {
        if (textLogged) {
            to.info("{} not delivered (no gateway configured) to {}: {}", channel, mask(recipient), text);
        } else {
            to.info("{} not delivered (no gateway configured) to {}; text not logged "
                    + "(SERAMBI_LOG_UNDELIVERED_MESSAGES=false)", channel, mask(recipient));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void warnAtStartUp() {
        if (!missing.isEmpty()) {
            log.warn("MESSAGES ARE NOT DELIVERED: {}; their texts (one-time codes included) are {}", String.join(
                    " and ", missing), textLogged ? "written to this log (SERAMBI_LOG_UNDELIVERED_MESSAGES)"
                            : "dropped (set SERAMBI_LOG_UNDELIVERED_MESSAGES=true to log them)");
        }
    }

    /** A phone number or e-mail address as it may be shown or logged: {@code ****1234}, {@code b***@x.id}. */
    public static String mask(String destination) {
        if (destination == null) {
            return null;
        }
        int at = destination.indexOf('@');
        if (at > 0) {
            return destination.charAt(0) + "***" + destination.substring(at);
        }
        return destination.length() <= 4 ? "****" : "****" + destination.substring(destination.length() - 4);
    }
}

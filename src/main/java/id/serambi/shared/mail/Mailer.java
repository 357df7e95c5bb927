package id.serambi.shared.mail;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The one e-mail sender of Serambi: a plain-text message in the recipient's language through the SMTP server of
 * {@code SPRING_MAIL_HOST}; without one there is no {@link JavaMailSender} and the message is logged instead, so that
 * a quick start loses nothing silently. A failing server is logged and reported, never thrown.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    /** What became of a message. */
    public enum Delivery {
        SENT, LOGGED_ONLY, FAILED
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    public Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${serambi.mail.from:serambi@localhost}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** Sends the message, its subject and body resolved in {@code language}. */
    public Delivery send(String to, Locale language, MailText subject, MailText body) {
        String subjectText = text(language, subject);
        String bodyText = text(language, body);
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server configured (SPRING_MAIL_HOST is empty); e-mail to {} not sent: {}\n{}", to,
                    subjectText, bodyText);
            return Delivery.LOGGED_ONLY;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        if (from != null && !from.isBlank()) {
            message.setFrom(from);
        }
        message.setTo(to);
        message.setSubject(subjectText);
        message.setText(bodyText);
        try {
            mail.send(message);
            return Delivery.SENT;
        } catch (MailException e) {
            log.warn("E-mail to {} failed: {}", to, e.getMessage());
            return Delivery.FAILED;
        }
    }

    /** The text in the given language; an unknown key stays as it is rather than failing the message. */
    public String text(Locale language, MailText text) {
        return messages.getMessage(text.key(), text.args().toArray(), text.key(), language) + text.appended();
    }

    /** Whether a contact text is an e-mail address we can write to. */
    public static boolean isEmail(String contact) {
        return contact != null && contact.length() <= 254 && contact.strip().matches(EMAIL);
    }
}

package id.serambi.complaints.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mail through the configured SMTP server; without {@code spring.mail.host} there is no
 * {@link JavaMailSender}, and the message is logged instead so that a quick start loses nothing silently.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${serambi.mail.from:serambi@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Sends, or logs when no SMTP server is configured; a failing server is logged, never thrown. */
    public void send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server configured (spring.mail.host); e-mail to {} not sent: {}", to, subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("E-mail to {} failed: {}", to, e.getMessage());
        }
    }

    /** Whether a contact text is an e-mail address we can write to. */
    public static boolean isEmail(String contact) {
        return contact != null && contact.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    }
}

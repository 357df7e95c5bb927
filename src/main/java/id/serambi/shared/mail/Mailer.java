package id.serambi.shared.mail;

import java.util.Locale;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import id.serambi.shared.EmailAddresses;

/**
 * The one e-mail sender of Serambi: a plain-text message in the recipient's language through the SMTP server of
 * {@code SPRING_MAIL_HOST}; without one there is no {@link JavaMailSender} and the message is logged instead (its text
 * only where {@link UndeliveredMessages} allows it), so that a quick start loses nothing silently. A failing server is
 * logged and reported by {@link #send}, thrown by {@link #deliver} (for event listeners, whose publication is then
 * retried); recipients are logged masked.
 *
 * <p>The server is made here from the {@code spring.mail.*} settings, not by Spring Boot's mail auto-configuration
 * (excluded in application.yml): that one exists only under a condition on {@code spring.mail.host}, and
 * {@code bin/serambi} runs the jar with Spring's build-time processing, which settles conditions when the jar is
 * built, so a host set at run time would never be used. A {@link JavaMailSender} bean, if there is one, comes first.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** What became of a message. */
    public enum Delivery {
        SENT, LOGGED_ONLY, FAILED
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final JavaMailSender configured;
    private final MessageSource messages;
    private final String from;
    private final UndeliveredMessages undelivered;

    public Mailer(ObjectProvider<JavaMailSender> sender, MailProperties server, MessageSource messages,
            @Value("${serambi.mail.from:serambi@localhost}") String from, UndeliveredMessages undelivered) {
        this.sender = sender;
        this.configured = fromSettings(server);
        this.messages = messages;
        this.from = from;
        this.undelivered = undelivered;
        if (configured == null && sender.getIfAvailable() == null) {
            undelivered.notConfigured("no SMTP server for e-mails (SPRING_MAIL_HOST is empty)");
        }
    }

    /** The SMTP server of the settings, or null without a host; as Spring Boot's own sender would read them. */
    static JavaMailSender fromSettings(MailProperties settings) {
        if (!StringUtils.hasText(settings.getHost())) {
            return null;
        }
        if (StringUtils.hasText(settings.getSsl().getBundle())) {
            throw new IllegalStateException("spring.mail.ssl.bundle is not supported; set spring.mail.ssl.enabled "
                    + "or the JavaMail properties (spring.mail.properties.*) instead");
        }
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost(settings.getHost());
        if (settings.getPort() != null) {
            server.setPort(settings.getPort());
        }
        server.setUsername(settings.getUsername());
        server.setPassword(settings.getPassword());
        server.setProtocol(settings.getProtocol());
        if (settings.getDefaultEncoding() != null) {
            server.setDefaultEncoding(settings.getDefaultEncoding().name());
        }
        Properties properties = new Properties();
        properties.putAll(settings.getProperties());
        if (settings.getSsl().isEnabled()) {
            String protocol = StringUtils.hasLength(settings.getProtocol()) ? settings.getProtocol() : "smtp";
            properties.setProperty("mail." + protocol + ".ssl.enable", "true");
        }
        server.setJavaMailProperties(properties);
        return server;
    }

    /** Sends the message, its subject and body resolved in {@code language}. */
    public Delivery send(String to, Locale language, MailText subject, MailText body) {
        String subjectText = text(language, subject);
        String bodyText = text(language, body);
        JavaMailSender mail = sender.getIfAvailable(() -> configured);
        if (mail == null) {
            undelivered.logged(log, "E-mail", to, subjectText + "\n" + bodyText);
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
            log.warn("E-mail to {} failed: {}", UndeliveredMessages.mask(to), e.getMessage());
            return Delivery.FAILED;
        }
    }

    /**
     * Sends the message as {@link #send} does, but throws when the SMTP server fails: an event listener that calls this
     * leaves its publication incomplete, so that the message goes out when the publication is resubmitted.
     */
    public Delivery deliver(Mail mail) {
        Delivery delivery = send(mail.to(), mail.language(), mail.subject(), mail.body());
        if (delivery == Delivery.FAILED) {
            throw new MailNotDeliveredException(UndeliveredMessages.mask(mail.to()));
        }
        return delivery;
    }

    /** The text in the given language; an unknown key stays as it is rather than failing the message. */
    public String text(Locale language, MailText text) {
        return messages.getMessage(text.key(), text.args().toArray(), text.key(), language) + text.appended();
    }

    /** Whether a contact text is an e-mail address we can write to. */
    public static boolean isEmail(String contact) {
        return contact != null && EmailAddresses.isValid(contact.strip());
    }
}

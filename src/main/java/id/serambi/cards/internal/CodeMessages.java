package id.serambi.cards.internal;

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

import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;

/** Delivers one-time codes by SMS or e-mail (SMTP when configured with {@code SPRING_MAIL_HOST}, else the log). */
@Component
class CodeMessages {

    private static final Logger log = LoggerFactory.getLogger(CodeMessages.class);
    private static final Locale MEMBER_LANGUAGE = Locale.forLanguageTag("id");

    private final SmsGateway sms;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String mailFrom;

    CodeMessages(@Value("${SERAMBI_SMS_URL:}") String smsUrl, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, @Value("${SERAMBI_MAIL_FROM:}") String mailFrom) {
        this.sms = smsUrl.isBlank() ? new LoggingSmsGateway() : new HttpSmsGateway(smsUrl);
        this.mail = mail;
        this.messages = messages;
        this.mailFrom = mailFrom;
    }

    void bySms(Library library, String toE164, String code, int minutes) {
        sms.send(toE164, text(library, code, minutes));
    }

    void byEmail(Library library, String to, String code, int minutes) {
        JavaMailSender sender = mail.getIfAvailable();
        String text = text(library, code, minutes);
        if (sender == null) {
            log.info("E-mail (no SMTP configured, SPRING_MAIL_HOST is empty) to {}: {}", to, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(to);
        if (!mailFrom.isBlank()) {
            message.setFrom(mailFrom);
        }
        message.setSubject(messages.getMessage("cards.code.mailSubject", new Object[] {library.name()},
                MEMBER_LANGUAGE));
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("Could not send a one-time code by e-mail: {}", e.getMessage());
            throw new DomainException(org.springframework.http.HttpStatus.BAD_GATEWAY, "MAIL_FAILED",
                    "cards.code.mailFailed");
        }
    }

    private String text(Library library, String code, int minutes) {
        return messages.getMessage("cards.code.text", new Object[] {code, library.name(), minutes}, MEMBER_LANGUAGE);
    }
}

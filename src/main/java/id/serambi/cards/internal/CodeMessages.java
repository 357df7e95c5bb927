package id.serambi.cards.internal;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import id.serambi.shared.mail.Mail;
import id.serambi.shared.mail.MailText;
import id.serambi.shared.mail.Mailer;
import id.serambi.shared.mail.UndeliveredMessages;

/** Delivers one-time codes and notices by SMS or e-mail (through the shared {@link Mailer}: SMTP when configured, else the log). */
@Component
@EnableConfigurationProperties(SmsProperties.class)
class CodeMessages {

    private static final Locale MEMBER_LANGUAGE = Locale.forLanguageTag("id");

    private final SmsGateway sms;
    private final Mailer mailer;

    @Autowired
    CodeMessages(SmsProperties settings, Mailer mailer, UndeliveredMessages undelivered) {
        this(settings.url(), mailer, undelivered);
    }

    CodeMessages(String smsUrl, Mailer mailer, UndeliveredMessages undelivered) {
        this.sms = smsUrl.isBlank() ? new LoggingSmsGateway(undelivered) : new HttpSmsGateway(smsUrl);
        this.mailer = mailer;
    }

    /** Answers whether the code reached a gateway that delivers it (not only the log). */
    boolean bySms(Library library, String toE164, String code, int minutes) {
        sms.send(toE164, mailer.text(MEMBER_LANGUAGE, text(library, code, minutes)));
        return sms.delivers();
    }

    /** The member waits for this code, so a failing SMTP server is an answer (502), not only a log line. */
    boolean byEmail(Library library, String to, String code, int minutes) {
        Mailer.Delivery delivery = mailer.send(to, MEMBER_LANGUAGE,
                MailText.of("cards.code.mailSubject", library.name()), text(library, code, minutes));
        if (delivery == Mailer.Delivery.FAILED) {
            throw new DomainException(HttpStatus.BAD_GATEWAY, "MAIL_FAILED", "cards.code.mailFailed");
        }
        return delivery == Mailer.Delivery.SENT;
    }

    /** A notice by SMS (or to the log without a gateway); a failing gateway throws, for the event to be retried. */
    void bySms(String toE164, Locale language, MailText text) {
        sms.send(toE164, mailer.text(language, text));
    }

    /** A notice by e-mail; a failing SMTP server throws, for the event to be retried. */
    void byMail(String to, Locale language, MailText subject, MailText text) {
        mailer.deliver(new Mail(to, language, subject, text));
    }

    private static MailText text(Library library, String code, int minutes) {
        return MailText.of("cards.code.text", code, library.name(), minutes);
    }
}

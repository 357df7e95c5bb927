package id.serambi.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** The one mail sender against a real SMTP server (GreenMail), without one, and with a broken one. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void sendsThroughTheConfiguredSmtpServerInTheRecipientsLanguage() throws Exception {
        Mailer mailer = mailerOn(SMTP.getSmtp().getPort());

        Mailer.Delivery delivery = mailer.send("rina@example.org", ENGLISH, MailText.of("subject", "ABCDEFGH23"),
                MailText.of("body", "ABCDEFGH23").followedBy("\n- line"));

        assertThat(delivery).isEqualTo(Mailer.Delivery.SENT);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Complaint recorded: ABCDEFGH23");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("rina@example.org");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("serambi@lebak.example");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Tracking code ABCDEFGH23").contains("- line");
    }

    @Test
    void resolvesTheTextInIndonesianForAnIndonesianRecipient() throws Exception {
        Mailer mailer = mailerOn(SMTP.getSmtp().getPort());

        mailer.send("budi@example.org", INDONESIAN, MailText.of("subject", "X1"), MailText.of("body", "X1"));

        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Pengaduan tercatat: X1");
    }

    @Test
    void withoutAnSmtpServerItOnlyLogs() {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailProperties(), messages(), "x@y.z", new UndeliveredMessages("", ""));

        assertThat(mailer.send("rina@example.org", INDONESIAN, MailText.of("subject", "A"), MailText.of("body", "A")))
                .isEqualTo(Mailer.Delivery.LOGGED_ONLY);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void sendsThroughTheServerOfTheMailSettingsWhenNoSenderIsGiven() throws Exception {
        MailProperties settings = new MailProperties();
        settings.setHost("localhost");
        settings.setPort(SMTP.getSmtp().getPort());
        settings.getProperties().put("mail.smtp.connectiontimeout", "5000");
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), settings,
                messages(), "serambi@lebak.example", new UndeliveredMessages("", ""));

        assertThat(mailer.send("rina@example.org", ENGLISH, MailText.of("subject", "S1"), MailText.of("body", "S1")))
                .isEqualTo(Mailer.Delivery.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("Complaint recorded: S1");
    }

    @Test
    void readsEverySettingAsSpringBootWould() {
        MailProperties settings = new MailProperties();
        settings.setHost("smtp.perpustakaan.example");
        settings.setPort(465);
        settings.setUsername("serambi");
        settings.setPassword("rahasia");
        settings.setProtocol("smtps");
        settings.getSsl().setEnabled(true);
        settings.getProperties().put("mail.smtps.timeout", "7000");

        JavaMailSenderImpl server = (JavaMailSenderImpl) Mailer.fromSettings(settings);

        assertThat(server.getHost()).isEqualTo("smtp.perpustakaan.example");
        assertThat(server.getPort()).isEqualTo(465);
        assertThat(server.getUsername()).isEqualTo("serambi");
        assertThat(server.getPassword()).isEqualTo("rahasia");
        assertThat(server.getProtocol()).isEqualTo("smtps");
        assertThat(server.getDefaultEncoding()).isEqualTo("UTF-8");
        assertThat(server.getJavaMailProperties()).containsEntry("mail.smtps.timeout", "7000")
                .containsEntry("mail.smtps.ssl.enable", "true");
        assertThat(Mailer.fromSettings(new MailProperties())).isNull();
    }

    @Test
    void aServerThatRefusesTheConnectionIsReportedNotThrown() {
        Mailer mailer = mailerOn(1);

        assertThat(mailer.send("rina@example.org", INDONESIAN, MailText.of("subject", "A"), MailText.of("body", "A")))
                .isEqualTo(Mailer.Delivery.FAILED);
    }

    @Test
    void recognisesAnEmailAddressAmongContacts() {
        assertThat(Mailer.isEmail("rina@example.org")).isTrue();
        assertThat(Mailer.isEmail("0812 3456 789")).isFalse();
        assertThat(Mailer.isEmail(null)).isFalse();
    }

    private static Mailer mailerOn(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        return new Mailer(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), new MailProperties(), messages(), "serambi@lebak.example",
                new UndeliveredMessages("", ""));
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("subject", ENGLISH, "Complaint recorded: {0}");
        messages.addMessage("body", ENGLISH, "Tracking code {0}");
        messages.addMessage("subject", INDONESIAN, "Pengaduan tercatat: {0}");
        messages.addMessage("body", INDONESIAN, "Kode pelacakan {0}");
        return messages;
    }
}

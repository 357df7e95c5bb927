package id.serambi.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** The mail sender against a real SMTP server (GreenMail), and without one. */
class MailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void sendsThroughTheConfiguredSmtpServer() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(SMTP.getSmtp().getPort());
        Mailer mailer = new Mailer(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), "serambi@lebak.example");

        mailer.send("rina@example.org", "Pengaduan Anda tercatat: kode ABCDEFGH23", "Kode pelacakan ABCDEFGH23");

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("ABCDEFGH23");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("rina@example.org");
        assertThat(GreenMailUtil.getBody(received[0])).contains("ABCDEFGH23");
    }

    @Test
    void withoutAnSmtpServerItOnlyLogs() {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "x@y.z");

        mailer.send("rina@example.org", "Subjek", "Isi");

        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void recognisesAnEmailAddressAmongContacts() {
        assertThat(Mailer.isEmail("rina@example.org")).isTrue();
        assertThat(Mailer.isEmail("0812 3456 789")).isFalse();
        assertThat(Mailer.isEmail(null)).isFalse();
    }
}

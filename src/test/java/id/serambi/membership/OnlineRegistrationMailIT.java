package id.serambi.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** KTA Online confirms by e-mail, through a real SMTP server (GreenMail), in the applicant's language. */
@IntegrationTest
class OnlineRegistrationMailIT {

    private static final String SENDER = "greenMailSender";

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    GreenMail smtp;

    /**
     * Points the shared application at a real SMTP server for this test only: the mailer looks for a
     * {@code JavaMailSender} at each message, so a sender registered here (and removed afterwards) is used without a
     * second application context (which would need a second embedded database).
     */
    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        beans().registerSingleton(SENDER, sender);
    }

    @AfterEach
    void stopSmtp() {
        beans().destroySingleton(SENDER);
        smtp.stop();
    }

    @Test
    void anEnglishApplicantReceivesTheNumberAndWhatToBringInEnglish() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);

        Api.Response created = Api.on(port).in("en").post("/api/v1/libraries/sidoarjo/registrations", application);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        MimeMessage mail = mailTo((String) application.get("email"));
        assertThat(subject(mail)).contains(number).contains("KTA registration");
        assertThat(GreenMailUtil.getBody(mail)).contains(number).contains("KTP (identity card)")
                .contains("Jalan Jaksa Agung R Suprpto No 5 Sidoarjo").contains("Service hours");
    }

    @Test
    void anIndonesianApplicantWithoutKtpIsToldToBringTheFamilyCard() {
        Map<String, Object> application = MemberFixtures.with(
                MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT), "category", "belum-ktp");

        Api.Response created = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        MimeMessage mail = mailTo((String) application.get("email"));
        assertThat(subject(mail)).contains(number).contains("nomor anggota");
        assertThat(GreenMailUtil.getBody(mail)).contains(number).contains("Kartu Keluarga").contains("Jam layanan")
                .doesNotContain("KTP (");
    }

    private DefaultListableBeanFactory beans() {
        return (DefaultListableBeanFactory) context.getBeanFactory();
    }

    private MimeMessage mailTo(String address) {
        MimeMessage[] found = new MimeMessage[1];
        Eventually.holds(() -> {
            found[0] = Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).findFirst()
                    .orElse(null);
            assertThat(found[0]).as("an e-mail to " + address).isNotNull();
        });
        return found[0];
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

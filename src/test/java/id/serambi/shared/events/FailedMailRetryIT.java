package id.serambi.shared.events;

import static id.serambi.support.HeldConnections.heldByThisThread;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A mail due while the SMTP server is down is delivered, once, after the server is back: the listener's failure keeps
 * its publication incomplete and {@link FailedPublications} hands it to the listener again (every 2 s in tests).
 */
@IntegrationTest
class FailedMailRetryIT {

    private static final String SENDER = "downThenUpMailSender";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    final List<String> heldWhileSending = new CopyOnWriteArrayList<>();
    int smtpPort;
    GreenMail smtp;

    /** The application's mail goes to a port where, for now, no SMTP server listens. */
    @BeforeEach
    void pointAtAServerThatIsDown() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                heldWhileSending.add(heldByThisThread());
                super.send(messages);
            }
        };
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        beans().registerSingleton(SENDER, sender);
    }

    @AfterEach
    void stop() {
        beans().destroySingleton(SENDER);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRegistrationMailThatFailedIsDeliveredOnceTheServerIsBack() {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response created = Api.on(port).post("/api/v1/libraries/sidoarjo/registrations", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();

        theServerComesBackAfterTheFirstTryFailed(number);

        List<MimeMessage> mails = deliveredTo((String) application.get("email"));
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.getFirst())).contains(number);
        assertThat(heldWhileSending).as("what the listener held while the SMTP server answered")
                .containsOnly("nothing");
    }

    @Test
    void aComplaintCodeThatFailedIsDeliveredOnceTheServerIsBack() {
        Map<String, Object> complaint = new HashMap<>();
        complaint.put("channel", "WEBSITE");
        complaint.put("text", "Ruang baca terlalu panas " + UUID.randomUUID());
        complaint.put("contact", "pelapor" + System.nanoTime() + "@contoh.id");
        Api.Response filed = Api.on(port).post("/api/v1/libraries/lebak/complaints", complaint);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String code = filed.json().get("trackingCode").asString();

        theServerComesBackAfterTheFirstTryFailed(code);

        List<MimeMessage> mails = deliveredTo((String) complaint.get("contact"));
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails.getFirst())).contains(code);
        assertThat(heldWhileSending).as("what the listener held while the SMTP server answered")
                .containsOnly("nothing");
    }

    private void theServerComesBackAfterTheFirstTryFailed(String mentioned) {
        Eventually.holds(() -> assertThat(statusOfPublicationMentioning(mentioned))
                .as("the failed mail's publication is kept, failed").containsExactly("FAILED"));
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        waitFor(() -> assertThat(statusOfPublicationMentioning(mentioned)).as("publication completed").isEmpty());
    }

    /** Waits for the retry, then a few more retry periods, so that a second delivery would be seen. */
    private List<MimeMessage> deliveredTo(String address) {
        waitFor(() -> assertThat(mailsTo(address)).isNotEmpty());
        sleep(Duration.ofSeconds(5));
        return mailsTo(address);
    }

    private List<String> statusOfPublicationMentioning(String text) {
        return jdbc.sql("select coalesce(status, 'PUBLISHED') from event_publication where serialized_event like ?"
                + " and listener_id like '%Mail%' or serialized_event like ? and listener_id like '%Confirmation%'")
                .params("%" + text + "%", "%" + text + "%").query(String.class).list();
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    private static void waitFor(Runnable assertion) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(Duration.ofMillis(200));
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private DefaultListableBeanFactory beans() {
        return (DefaultListableBeanFactory) context.getBeanFactory();
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

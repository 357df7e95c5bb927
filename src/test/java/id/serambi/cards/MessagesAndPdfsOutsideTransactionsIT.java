package id.serambi.cards;

import static id.serambi.cards.CardApiFixtures.anApprovedMember;
import static id.serambi.support.HeldConnections.heldByThisThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.serambi.accounts.AccountService;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * An SMS (HTTP, up to 10 s) or a PDF being drawn must not hold one of the pool's ten connections: each is sent or
 * rendered after the database work committed. The SMS gateway of the tests writes to the log, so a probe on its logger
 * runs where the gateway would call out, on the request's own thread, and sees what that thread holds.
 */
@IntegrationTest
class MessagesAndPdfsOutsideTransactionsIT {

    private static final String SMS_GATEWAY_LOGGER = "id.serambi.cards.internal.LoggingSmsGateway";
    private static final String SMTP_DOWN = "smtpServerDown";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    CardService cards;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Api staff;
    final List<String> heldWhileSending = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> smsProbe = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            heldWhileSending.add(heldByThisThread());
        }
    };

    @BeforeEach
    void listenAtTheSmsGateway() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        smsProbe.start();
        ((Logger) LoggerFactory.getLogger(SMS_GATEWAY_LOGGER)).addAppender(smsProbe);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(SMS_GATEWAY_LOGGER)).detachAppender(smsProbe);
        smsProbe.stop();
    }

    @Test
    void theHandOverPhoneCheckSmsLeavesAfterTheCodeIsCommitted() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response sent = staff.post("/api/v1/libraries/lebak/members/" + number + "/phone-check",
                Map.of("channel", "SMS"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(heldWhileSending).as("what the request held while the SMS went out").containsExactly("nothing");
    }

    @Test
    void theDataPageSignInSmsLeavesAfterTheCodeIsCommitted() {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);

        Api.Response sent = Api.on(port).post("/api/v1/libraries/lebak/my-data/code",
                Map.of("memberNumber", number, "channel", "SMS"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(heldWhileSending).as("what the request held while the SMS went out").containsExactly("nothing");
    }

    @Test
    void aCodeWhoseMailFailsIsStillAnsweredAsNotSentAndIsWithdrawn() throws IOException {
        String number = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        try (ServerSocket free = new ServerSocket(0)) {
            down.setPort(free.getLocalPort());
        }
        beans().registerSingleton(SMTP_DOWN, down);
        Api.Response refused;
        try {
            refused = staff.post("/api/v1/libraries/lebak/members/" + number + "/phone-check",
                    Map.of("channel", "EMAIL"));
        } finally {
            beans().destroySingleton(SMTP_DOWN);
        }

        assertThat(refused.status()).as(refused.toString()).isEqualTo(502);
        assertThat(refused.json().get("code").asString()).isEqualTo("MAIL_FAILED");
        assertThat(jdbc.sql("select count(*) from card_code where member_number = ?").param(number)
                .query(Integer.class).single()).as("codes kept").isZero();
    }

    @Test
    void cardsAreDrawnAfterTheirPrintingIsCommitted() {
        Library lebak = libraries.require("lebak");
        String single = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String inBatch = anApprovedMember(staff, "lebak", MemberFixtures.LEBAK_DISTRICT);
        List<String> heldWhileDrawing = new CopyOnWriteArrayList<>();

        byte[] card;
        byte[] sheets;
        byte[] digital;
        try (MockedStatic<CardPdf> pdf = mockStatic(CardPdf.class, CALLS_REAL_METHODS)) {
            pdf.when(() -> CardPdf.single(any(CardStyle.class), any())).thenAnswer(drawing -> {
                heldWhileDrawing.add("single: " + heldByThisThread());
                return drawing.callRealMethod();
            });
            pdf.when(() -> CardPdf.sheets(any(CardStyle.class), anyList())).thenAnswer(drawing -> {
                heldWhileDrawing.add("sheets: " + heldByThisThread());
                return drawing.callRealMethod();
            });
            card = cards.printCard(lebak, single).pdf();
            sheets = cards.printBatch(lebak, List.of(inBatch)).pdf();
            digital = cards.digitalCard(lebak, single);
        }

        assertThat(heldWhileDrawing).containsExactly("single: nothing", "sheets: nothing", "single: nothing");
        assertThat(new String(card, 0, 5)).isEqualTo("%PDF-");
        assertThat(new String(sheets, 0, 5)).isEqualTo("%PDF-");
        assertThat(digital).isNotEmpty();
        assertThat(cards.currentCard(lebak, single)).isPresent();
        assertThat(cards.currentCard(lebak, inBatch)).isPresent();
    }

    private DefaultListableBeanFactory beans() {
        return (DefaultListableBeanFactory) context.getBeanFactory();
    }
}

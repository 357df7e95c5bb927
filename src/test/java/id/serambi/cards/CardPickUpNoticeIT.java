package id.serambi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

/**
 * A card ready for pick-up is announced to the applicant once, by SMS to the phone on record (the log without a
 * gateway, as in tests), with the deadline of the member's open case in the library's time zone: in Lebak when the
 * card is printed, in Sidoarjo (whose procedure laminates) only when it is laminated.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CardPickUpNoticeIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void lebakTellsTheApplicantOnceWhenTheCardIsPrintedWithTheCasesDeadline(CapturedOutput output) {
        Api lebak = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        String number = CardApiFixtures.anApprovedMember(lebak, "lebak", MemberFixtures.LEBAK_DISTRICT);
        String deadline = deadlineOf(lebak, "lebak", number);

        assertThat(lebak.get("/api/v1/libraries/lebak/members/" + number + "/card.pdf").status()).isEqualTo(200);

        String notice = "Kartu anggota " + libraries.require("lebak").name() + " Anda (nomor " + number
                + ") sudah siap diambil. Ambil paling lambat " + deadline + " di meja layanan.";
        Eventually.holds(() -> assertThat(output.getOut()).contains(notice));
        assertThat(output.getOut()).containsPattern("SMS not delivered \\(no gateway configured\\) to \\*{4}\\d{4}: "
                + Pattern.quote(notice));
        long card = jdbc.sql("select id from card_issue where member_number = ?").param(number).query(Long.class)
                .single();
        Eventually.holds(() -> assertThat(jdbc.sql("select pickup_notified_at is not null from card_issue where id = ?")
                .param(card).query(Boolean.class).single()).isTrue());

        // The same card again (a retried publication): nothing more is sent.
        transaction.executeWithoutResult(status -> events.publishEvent(
                new CardReady(libraries.require("lebak").id(), number, card)));
        Eventually.holds(() -> assertThat(jdbc.sql("select count(*) from event_publication where "
                + "serialized_event like ? and completion_date is null").param("%" + number + "%")
                .query(Long.class).single()).isZero());
        assertThat(count(output.getOut(), "(nomor " + number + ") sudah siap")).isEqualTo(1);
    }

    @Test
    void sidoarjoTellsTheApplicantOnlyWhenTheCardIsLaminated(CapturedOutput output) {
        Api sidoarjo = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "sidoarjo", Role.PETUGAS),
                TestUsers.PASSWORD);
        String number = CardApiFixtures.anApprovedMember(sidoarjo, "sidoarjo", MemberFixtures.SIDOARJO_DISTRICT);
        String members = "/api/v1/libraries/sidoarjo/members/" + number;
        assertThat(sidoarjo.get(members + "/card.pdf").status()).isEqualTo(200);
        Eventually.holds(() -> assertThat(jdbc.sql("select count(*) from case_event where checkpoint = 'CARD_PRINTED'"
                + " and case_id in (select case_id from case_subject where subject_ref = ?)").param(number)
                .query(Long.class).single()).isOne());
        assertThat(output.getOut()).as("printed, not yet laminated").doesNotContain("(nomor " + number + ")");

        assertThat(sidoarjo.post(members + "/card/lamination", Map.of()).status()).isEqualTo(200);
        assertThat(sidoarjo.post(members + "/card/lamination", Map.of()).status()).isEqualTo(200);

        Eventually.holds(() -> assertThat(output.getOut()).contains("(nomor " + number + ") sudah siap diambil"));
        Eventually.holds(() -> assertThat(jdbc.sql("select count(*) from card_issue where member_number = ? and "
                + "pickup_notified_at is not null").param(number).query(Long.class).single()).isOne());
        assertThat(count(output.getOut(), "(nomor " + number + ") sudah siap")).isEqualTo(1);
    }

    /** The deadline of the member's open case as the notice writes it, in the library's time zone. */
    private String deadlineOf(Api staff, String library, String number) {
        ZoneId zone = libraries.require(library).timezone();
        for (JsonNode c : staff.get("/api/v1/libraries/" + library + "/cases?status=OPEN").json()) {
            if (number.equals(c.path("memberNumber").asString(null))) {
                return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("id")).withZone(zone)
                        .format(Instant.parse(c.get("deadline").asString()));
            }
        }
        throw new AssertionError("no open case of " + number);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}

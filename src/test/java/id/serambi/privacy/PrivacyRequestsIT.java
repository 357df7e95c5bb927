package id.serambi.privacy;

import static id.serambi.privacy.PrivacyFixtures.anApprovedMember;
import static id.serambi.privacy.PrivacyFixtures.asMember;
import static id.serambi.privacy.PrivacyFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.membership.MembershipService;
import id.serambi.privacy.PrivacyFixtures.Member;
import id.serambi.privacy.PrivacyFixtures.Reply;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PrivacyRequestsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    MembershipService membership;

    Api desk;
    Api kasi;
    Api anonymous;

    @BeforeEach
    void staff() {
        desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        kasi = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD);
        anonymous = Api.on(port);
    }

    @Test
    void aMemberSeesTheirDataWithTheNikMaskedAndNeverTheMothersName(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);

        Reply data = asMember(port, token, "GET", "/api/v1/libraries/lebak/my-data", null);

        assertThat(data.status()).as(data.body()).isEqualTo(200);
        JsonNode record = data.json().get("membership").get("member");
        assertThat(record.get("fullName").asString()).isEqualTo(member.fullName());
        assertThat(record.get("nikMasked").asString()).contains("*");
        assertThat(data.body()).doesNotContain((String) member.application().get("nik"))
                .doesNotContain("Siti Rahayu");
        assertThat(data.json().get("membership").get("consents")).isNotEmpty();
        assertThat(data.json().get("visits").asLong()).isZero();
    }

    @Test
    void withoutAValidTokenTheMembersApiAsksToSignIn() {
        Reply none = asMember(port, null, "GET", "/api/v1/libraries/lebak/my-data", null);
        Reply forged = asMember(port, "forged-token", "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ERASURE", "reason", "x"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("code").asString()).isEqualTo("MEMBER_SIGN_IN_REQUIRED");
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void aWrongCodeGivesNoToken(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        anonymous.post("/api/v1/libraries/lebak/my-data/code", Map.of("memberNumber", member.number()));
        String right = PrivacyFixtures.lastCodeFor(output, member.phoneE164());
        String wrong = right.equals("000000") ? "111111" : "000000";

        Api.Response refused = anonymous.post("/api/v1/libraries/lebak/my-data/token",
                Map.of("memberNumber", member.number(), "code", wrong));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("CODE_WRONG");
    }

    @Test
    void aRequestIsDueThreeTimesTwentyFourHoursAfterFilingAndIsOverdueAfterwards(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);

        Reply filed = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ACCESS"));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = filed.json().get("id").asLong();
        Instant filedAt = Instant.parse(filed.json().get("filedAt").asString());
        assertThat(Instant.parse(filed.json().get("dueAt").asString())).isEqualTo(filedAt.plus(Duration.ofHours(72)));
        assertThat(queued(id).get("overdue").asBoolean()).isFalse();

        jdbc.sql("update privacy_request set filed_at = filed_at - interval '73 hours', "
                + "due_at = due_at - interval '73 hours' where id = ?").params(id).update();

        assertThat(queued(id).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void aSecondOpenRequestOfTheSameKindIsRefused(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);
        asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests", Map.of("kind", "ACCESS"));

        Reply again = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ACCESS"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("REQUEST_ALREADY_OPEN");
    }

    @Test
    void aCorrectionIsCheckedFieldByFieldInTheMembersLanguage(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);

        Reply refused = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "CORRECTION", "field", "PHONE", "proposedValue", "12"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("proposedValue").contains("reason");
        assertThat(jdbc.sql("select count(*) from privacy_request where member_number = ?")
                .params(member.number()).query(Long.class).single()).isZero();
    }

    @Test
    void anApprovedCorrectionChangesTheMemberRecordWithHistory(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);
        Reply filed = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "CORRECTION", "field", "ADDRESS", "proposedValue", "Jl. Sunan Kalijaga 7",
                        "reason", "Pindah rumah"));
        long id = filed.json().get("id").asLong();

        Api.Response decided = kasi.post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "APPROVE", "note", "sesuai KTP"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.json().get("decidedBy").asString()).startsWith("Petugas Uji lebak-kasi-");
        assertThat(membership.find(lebak().id(), member.number()).orElseThrow().address())
                .isEqualTo("Jl. Sunan Kalijaga 7");
        Reply data = asMember(port, token, "GET", "/api/v1/libraries/lebak/my-data", null);
        assertThat(data.json().get("membership").get("history").valueStream()
                .map(h -> h.get("action").asString())).contains("CORRECTED");
        Api.Response twice = kasi.post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "REFUSE", "note", "x"));
        assertThat(twice.status()).isEqualTo(409);
    }

    @Test
    void aRefusalNeedsANoteAndChangesNothing(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);
        long id = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ERASURE", "reason", "tidak lagi tinggal di Lebak")).json().get("id").asLong();

        Api.Response noNote = kasi.in("en").post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "REFUSE"));
        Api.Response refused = kasi.post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "REFUSE", "note", "masih ada pinjaman"));

        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().get("errors").get(0).get("message").asString())
                .isEqualTo("Write why the request is refused.");
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(membership.find(lebak().id(), member.number()).orElseThrow().fullName())
                .isEqualTo(member.fullName());
    }

    @Test
    void anApprovedErasureAnonymisesTheMemberWhileStatisticsKeepCounting(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        Api.Response photo = desk.put("/api/v1/libraries/lebak/members/" + member.number() + "/photo", "image/png",
                MemberFixtures.anImage("png", 300, 400));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(204);
        Api.Response visit = desk.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", member.number(), "purpose", "READING"));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        LocalDate today = frontOffice.today(lebak());
        long visitsBefore = frontOffice.stats(lebak(), today, today).total();
        Map<String, Long> membersBefore = membership.newMembersByCategory(lebak().id(), today, today);
        String token = signIn(anonymous, output, member);
        long id = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ERASURE", "reason", "pindah kota")).json().get("id").asLong();

        Api.Response decided = kasi.post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "APPROVE"));

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        var erased = jdbc.sql("""
                select full_name, nik_cipher is null and nik_index is null and mother_name_cipher is null
                    and phone_e164 is null and email is null and address = '' as gone, status,
                    (select count(*) from member_photo p where p.library_id = m.library_id and p.member_id = m.id)
                        as photos
                from member m where member_number = ?""").params(member.number()).query().singleRow();
        assertThat(erased.get("full_name")).isEqualTo("[dihapus]");
        assertThat(jdbc.sql("""
                select count(*) from member_name_word d
                where d.library_id = ? and d.word = any(member_name_words(?))
                  and not exists (select 1 from member m where m.library_id = d.library_id
                      and member_name_words(m.full_name) @> array[d.word])""")
                .params(lebak().idValue(), member.fullName()).query(Long.class).single())
                .as("the erased name's own words leave the name-search word list").isZero();
        assertThat(erased.get("gone")).isEqualTo(true);
        assertThat(erased.get("status")).isEqualTo("ERASED");
        assertThat(((Number) erased.get("photos")).longValue()).isZero();
        assertThat(jdbc.sql("select full_name from frontoffice_member_card where member_number = ?")
                .params(member.number()).query(String.class).single()).isEqualTo("[dihapus]");
        assertThat(frontOffice.stats(lebak(), today, today).total()).isEqualTo(visitsBefore);
        assertThat(membership.newMembersByCategory(lebak().id(), today, today)).isEqualTo(membersBefore);
        assertThat(asMember(port, token, "GET", "/api/v1/libraries/lebak/my-data", null).status()).isEqualTo(401);
        Api.Response scan = desk.post("/api/v1/libraries/lebak/visits", Map.of("memberNumber", member.number()));
        assertThat(scan.status()).as(scan.toString()).isEqualTo(422);
        assertThat(scan.json().get("code").asString()).isEqualTo("CARD_BLOCKED");
    }

    @Test
    void anotherLibrarysStaffSeesNoneOfTheRequests(CapturedOutput output) {
        Member member = anApprovedMember(desk);
        String token = signIn(anonymous, output, member);
        asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests", Map.of("kind", "ACCESS"));
        Api otherHead = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "jateng", Role.KEPALA),
                TestUsers.PASSWORD);

        Api.Response theirs = otherHead.get("/api/v1/libraries/lebak/privacy-requests?all=true");
        Api.Response own = otherHead.get("/api/v1/libraries/jateng/privacy-requests?all=true");
        Reply elsewhere = asMember(port, token, "GET", "/api/v1/libraries/sidoarjo/my-data", null);

        assertThat(theirs.status()).isEqualTo(403);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).doesNotContain(member.number());
        assertThat(elsewhere.status()).isEqualTo(401);
    }

    private JsonNode queued(long id) {
        Api.Response queue = kasi.get("/api/v1/libraries/lebak/privacy-requests");
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        return queue.json().valueStream().filter(r -> r.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private Library lebak() {
        return libraries.require("lebak");
    }
}

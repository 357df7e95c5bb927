package id.serambi.privacy;

import static id.serambi.privacy.PrivacyFixtures.asMember;
import static id.serambi.privacy.PrivacyFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.privacy.PrivacyFixtures.Member;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * After an approved erasure, no column of any table holds the member's name, phone, e-mail, address or NIK: the
 * search reads every text column of the live schema, so a column added later is checked too.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErasureLeavesNoTraceIT {

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

    @Test
    void anErasedMembersNameAndContactsAreNowhereInTheDatabase(CapturedOutput output) {
        Api desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        Api kasi = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KASI),
                TestUsers.PASSWORD);
        Member member = aMemberWithUniqueData(desk);
        List<String> traces = traces(member);
        leaveTracesEverywhere(desk, member);
        assertThat(columnsHolding(traces)).as("the traces are there before the erasure").isNotEmpty();
        assertThat(frontOffice.latestVisits(libraries.require("lebak"), 200))
                .anyMatch(v -> member.fullName().equals(v.name()));

        String token = signIn(Api.on(port), output, member);
        long id = asMember(port, token, "POST", "/api/v1/libraries/lebak/my-data/requests",
                Map.of("kind", "ERASURE", "reason", "pindah kota")).json().get("id").asLong();
        Api.Response decided = kasi.post("/api/v1/libraries/lebak/privacy-requests/" + id + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        Eventually.holds(() -> assertThat(columnsHolding(traces)).as("columns still holding %s", traces).isEmpty());
        assertThat(frontOffice.latestVisits(libraries.require("lebak"), 200))
                .noneMatch(v -> member.fullName().equals(v.name()))
                .anyMatch(v -> member.number().equals(v.memberNumber()));
    }

    private Member aMemberWithUniqueData(Api desk) {
        Map<String, Object> application = MemberFixtures.with(MemberFixtures.anApplication(
                MemberFixtures.LEBAK_DISTRICT), "address", "Jl. Jejak " + System.nanoTime());
        Api.Response created = desk.post("/api/v1/libraries/lebak/members", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        Api.Response approved = desk.post("/api/v1/libraries/lebak/members/" + number + "/verification",
                Map.of("decision", "APPROVE", "note", "lengkap"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        String phone = (String) application.get("phone");
        return new Member(number, (String) application.get("fullName"), "+62" + phone.substring(1), application);
    }

    private static List<String> traces(Member member) {
        Map<String, Object> a = member.application();
        return List.of(member.fullName(), member.phoneE164(), (String) a.get("phone"), (String) a.get("email"),
                (String) a.get("address"), (String) a.get("nik"));
    }

    /** A door scan, a complaint signed with the member's name and e-mail, an import row refused for the NIK. */
    private void leaveTracesEverywhere(Api desk, Member member) {
        Api.Response visit = desk.post("/api/v1/libraries/lebak/visits",
                Map.of("memberNumber", member.number(), "purpose", "READING"));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
        Map<String, Object> a = member.application();
        Api.Response complaint = Api.on(port).post("/api/v1/libraries/lebak/complaints", Map.of("channel",
                "WEBSITE", "text", "Ruang baca terlalu panas", "name", member.fullName(), "contact", a.get("email")));
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        Api head = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.KEPALA),
                TestUsers.PASSWORD);
        String csv = "nama;nik;lahir;jk;hp;ibu;alamat\n" + member.fullName() + ";" + a.get("nik") + ";"
                + a.get("birthDate") + ";" + a.get("sex") + ";" + a.get("phone") + ";Siti;" + a.get("address") + "\n";
        Api.Response started = head.postBytes("/api/v1/libraries/lebak/imports?preset=CUSTOM&defaultCategory=umum"
                + "&col.FULL_NAME=nama&col.NIK=nik&col.BIRTH_DATE=lahir&col.SEX=jk&col.PHONE=hp&col.MOTHER_NAME=ibu"
                + "&col.ADDRESS=alamat", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        Eventually.holds(() -> assertThat(head.get(started.header("Location")).json().get("status").asString())
                .isEqualTo("DONE"));
    }

    /** Every text, text-array and JSON column of every table that holds one of the values. */
    private List<String> columnsHolding(List<String> values) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                  and (c.data_type in ('text', 'character varying', 'json', 'jsonb')
                       or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
                  and c.table_name <> 'flyway_schema_history'""").query().listOfRows();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            for (String value : values) {
                long rows = jdbc.sql("select count(*) from \"" + table + "\" where strpos(lower(\"" + name
                        + "\"::text), lower(?)) > 0").param(value).query(Long.class).single();
                if (rows > 0) {
                    found.add(table + "." + name + " holds " + value);
                }
            }
        }
        return found;
    }
}

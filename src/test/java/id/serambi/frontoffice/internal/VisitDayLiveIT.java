package id.serambi.frontoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.serambi.accounts.AccountService;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.MemberCardFixtures;
import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitStats;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/**
 * The guest book's and the dashboard's "today" come from counts kept as the visits are written
 * (V260__frontoffice_visit_day_live.sql), not from today's visits: after card scans (the full way and the quick path),
 * guest entries, groups, a correction, an erasure's blanking and a deletion they equal a raw count, and the statistics'
 * statement reads no visit.
 */
@IntegrationTest
class VisitDayLiveIT {

    private static final String VISITS = "/api/v1/libraries/lebak/visits";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LibraryService libraries;
    @Autowired
    AccountService accounts;
    @Autowired
    FrontOfficeService frontOffice;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;

    @Test
    void todaysFiguresEqualARawCountAfterEveryKindOfWrite() {
        Library lebak = libraries.require("lebak");
        LocalDate today = frontOffice.today(lebak);
        MemberCardFixtures members = new MemberCardFixtures(events, transaction);
        Api desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        String other = jdbc.sql("select min(code) from visit_purpose where library_id = ? and code <> 'READING'")
                .param(lebak.idValue()).query(String.class).single();
        List<Long> scans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Api.Response scan = desk.post(VISITS, Map.of("memberNumber", members.aValidMember(lebak.id()).number(),
                    "purpose", i % 2 == 0 ? "READING" : other));
            assertThat(scan.status()).as(scan.text()).isEqualTo(201);
            scans.add(scan.json().get("visitId").asLong());
        }
        long guest = frontOffice.recordVisit(lebak, visitor("Tamu Hari Ini 1")).visitId();
        frontOffice.recordVisit(lebak, visitor("Tamu Hari Ini 2"));
        frontOffice.recordVisit(lebak, group(12));
        long group = frontOffice.recordVisit(lebak, group(5)).visitId();
        assertThat(stats(lebak, today)).isEqualTo(raw(lebak, today));

        jdbc.sql("update visit set purpose = ? where library_id = ? and id = ?")
                .params(other, lebak.idValue(), scans.get(0)).update();
        jdbc.sql("update visit set people = 9 where library_id = ? and id = ?").params(lebak.idValue(), group)
                .update();
        jdbc.sql("update visit set visitor_name = null, address = null where library_id = ? and id = ?")
                .params(lebak.idValue(), scans.get(1)).update();
        jdbc.sql("delete from visit where library_id = ? and id in (?, ?)")
                .params(lebak.idValue(), guest, scans.get(2)).update();

        assertThat(stats(lebak, today)).isEqualTo(raw(lebak, today));
        assertThat(live(lebak)).as("every day's live counts").isEqualTo(rawByDay(lebak));
    }

    @Test
    void theStatisticsStatementReadsNoVisit() {
        Library lebak = libraries.require("lebak");
        LocalDate today = frontOffice.today(lebak);
        String plan = named.queryForObject("explain (format json) " + VisitRepository.PEOPLE,
                new MapSqlParameterSource("library", lebak.idValue()).addValue("from", Date.valueOf(today))
                        .addValue("to", Date.valueOf(today)), String.class);

        List<String> relations = new ArrayList<>();
        relations(JsonMapper.builder().build().readTree(plan).get(0).get("Plan"), relations);
        assertThat(relations).as(plan).contains("visit_day_live").doesNotContain("visit");
    }

    private VisitStats stats(Library library, LocalDate day) {
        return frontOffice.stats(library, day, day);
    }

    private static void relations(JsonNode node, List<String> found) {
        if (node.has("Relation Name")) {
            found.add(node.get("Relation Name").asString());
        }
        for (JsonNode child : node.path("Plans")) {
            relations(child, found);
        }
    }

    /** Per day, visitor type and purpose: the live counts' sums. */
    private Map<String, Long> live(Library library) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                select visited_on || ' ' || visitor_type || ' ' || purpose, sum(people) from visit_day_live
                where library_id = ? group by 1 having sum(people) <> 0""").param(library.idValue())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private Map<String, Long> rawByDay(Library library) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("""
                select visited_on || ' ' || visitor_type || ' ' || purpose, sum(people) from visit
                where library_id = ? group by 1""").param(library.idValue())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** The day's statistics counted straight from the visits. */
    private VisitStats raw(Library library, LocalDate day) {
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byPurpose = new TreeMap<>();
        for (String column : List.of("visitor_type", "purpose")) {
            Map<String, Long> into = column.equals("purpose") ? byPurpose : byType;
            jdbc.sql("select " + column + ", sum(people) from visit where library_id = ? and visited_on = ? group by 1")
                    .params(library.idValue(), Date.valueOf(day))
                    .query((rs, row) -> into.put(rs.getString(1), rs.getLong(2))).list();
        }
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new VisitStats(day, day, total, byType, byPurpose, List.of(new VisitStats.Day(day, total)));
    }

    private static NewVisit visitor(String name) {
        return new NewVisit("NON_MEMBER", null, null, null, name, "FEMALE", "Pelajar", "SMA", "SMAN 1", "Lebak",
                null, null, null, null, null);
    }

    private static NewVisit group(int size) {
        return new NewVisit("GROUP", null, null, null, null, null, null, null, "SMPN 4", null, "Kelas 8", size,
                "Bu Guru", "081234567892", new NewVisit.Breakdown(size / 2, size - size / 2));
    }
}

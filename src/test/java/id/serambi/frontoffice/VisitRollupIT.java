package id.serambi.frontoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.frontoffice.internal.VisitRollupJob;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.support.IntegrationTest;

/** The daily totals of closed days give exactly what counting the raw visits gives, also after late changes. */
@IntegrationTest
class VisitRollupIT {

    /** Days only this test writes visits on (Sidoarjo, May 2023). */
    static final LocalDate FIRST = LocalDate.of(2023, 5, 1);
    static final LocalDate LAST = LocalDate.of(2023, 5, 31);

    @Autowired
    FrontOfficeService frontOffice;

    @Autowired
    LibraryService libraries;

    @Autowired
    VisitRollupJob rollup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rolledClosedDaysCountTheSameAsTheRawVisitsAlsoAfterALateVisitAndADeletion() {
        Library sidoarjo = libraries.require("sidoarjo");
        ZoneId zone = sidoarjo.timezone();
        for (int day = 0; day < 10; day++) {
            for (int i = 0; i <= day % 3; i++) {
                frontOffice.recordVisitAt(sidoarjo, visitor("Tamu " + day + "-" + i),
                        FIRST.plusDays(day).atTime(8 + i, 15).atZone(zone).toInstant());
            }
        }
        frontOffice.recordVisitAt(sidoarjo, group(25), FIRST.plusDays(3).atTime(10, 0).atZone(zone).toInstant());

        rollup.rollUp();

        assertThat(rolledDays(sidoarjo)).isEqualTo(LAST.getDayOfMonth());
        assertThat(frontOffice.stats(sidoarjo, FIRST, LAST)).isEqualTo(raw(sidoarjo));
        assertThat(frontOffice.stats(sidoarjo, FIRST, LAST).total()).isEqualTo(1 + 2 + 3 + 1 + 2 + 3 + 1 + 2 + 3 + 1 + 25);

        frontOffice.recordVisitAt(sidoarjo, group(7), FIRST.plusDays(4).atTime(9, 0).atZone(zone).toInstant());
        jdbc.sql("delete from visit where library_id = ? and visited_on = ? and visitor_name = 'Tamu 2-0'")
                .params(sidoarjo.idValue(), Date.valueOf(FIRST.plusDays(2))).update();

        assertThat(rolledDays(sidoarjo)).as("the two changed days are counted raw again").isEqualTo(29);
        assertThat(frontOffice.stats(sidoarjo, FIRST, LAST)).isEqualTo(raw(sidoarjo));
        rollup.rollUp();
        assertThat(rolledDays(sidoarjo)).isEqualTo(LAST.getDayOfMonth());
        assertThat(frontOffice.stats(sidoarjo, FIRST, LAST)).isEqualTo(raw(sidoarjo));
        assertThat(frontOffice.stats(sidoarjo, FIRST, LAST).total()).isEqualTo(44 + 7 - 1);
    }

    private long rolledDays(Library library) {
        return jdbc.sql("select count(*) from visit_day_rolled where library_id = ? and visited_on between ? and ?")
                .params(library.idValue(), Date.valueOf(FIRST), Date.valueOf(LAST)).query(Long.class).single();
    }

    /** The statistics counted straight from the visits, as before the roll-up existed. */
    private VisitStats raw(Library library) {
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byPurpose = new TreeMap<>();
        jdbc.sql("select visitor_type, sum(people) from visit where library_id = ? and visited_on between ? and ?"
                + " group by 1").params(library.idValue(), Date.valueOf(FIRST), Date.valueOf(LAST))
                .query((rs, row) -> byType.put(rs.getString(1), rs.getLong(2))).list();
        jdbc.sql("select purpose, sum(people) from visit where library_id = ? and visited_on between ? and ?"
                + " group by 1").params(library.idValue(), Date.valueOf(FIRST), Date.valueOf(LAST))
                .query((rs, row) -> byPurpose.put(rs.getString(1), rs.getLong(2))).list();
        java.util.List<VisitStats.Day> days = new java.util.ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            long people = jdbc.sql("select coalesce(sum(people), 0) from visit where library_id = ? and visited_on = ?")
                    .params(library.idValue(), Date.valueOf(day)).query(Long.class).single();
            days.add(new VisitStats.Day(day, people));
        }
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new VisitStats(FIRST, LAST, total, byType, byPurpose, days);
    }

    private static NewVisit visitor(String name) {
        return new NewVisit("NON_MEMBER", null, null, null, name, "FEMALE", "Pelajar", "SMA", "SMAN 1", "Sidoarjo",
                null, null, null, null, null);
    }

    private static NewVisit group(int size) {
        return new NewVisit("GROUP", null, null, null, null, null, null, null, "SMPN 4", null, "Kelas 8", size,
                "Bu Guru", "081234567892", new NewVisit.Breakdown(size / 2, size - size / 2));
    }
}

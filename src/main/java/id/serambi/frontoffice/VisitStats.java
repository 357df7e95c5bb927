package id.serambi.frontoffice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * People who came (a group of 30 counts 30) between two days of the library's calendar, both included.
 *
 * @param byDay every day of the period, also those without visitors
 */
public record VisitStats(LocalDate from, LocalDate to, long total, Map<String, Long> byType,
        Map<String, Long> byPurpose, List<Day> byDay) {

    /** People of one day. */
    public record Day(LocalDate date, long people) {
    }
}

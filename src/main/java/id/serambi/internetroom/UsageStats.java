package id.serambi.internetroom;

import java.time.LocalDate;
import java.util.Map;

/**
 * Sessions and minutes used between two days of the library's calendar, per day, workstation and patron category.
 */
public record UsageStats(LocalDate from, LocalDate to, long sessions, long minutes, Map<String, Usage> byDay,
        Map<String, Usage> byWorkstation, Map<String, Usage> byCategory) {

    /** Sessions and minutes of one group. */
    public record Usage(long sessions, long minutes) {
    }
}

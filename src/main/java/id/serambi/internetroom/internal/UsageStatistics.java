package id.serambi.internetroom.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import id.serambi.internetroom.UsageStats;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PeriodRule;

/** Sessions and minutes per day, workstation and patron category. */
@Component
public class UsageStatistics {

    private final UsageRepository usage;

    UsageStatistics(UsageRepository usage) {
        this.usage = usage;
    }

    public UsageStats between(LibraryId library, LocalDate from, LocalDate to, Instant now) {
        if (PeriodRule.check(from, to, PeriodRule.YEAR_DAYS).isPresent()) {
            throw InvalidInputException.of("from", "internetroom.stats.periodInvalid", PeriodRule.YEAR_DAYS);
        }
        Map<String, UsageStats.Usage> byDay = new TreeMap<>();
        Map<String, UsageStats.Usage> byWorkstation = new TreeMap<>();
        Map<String, UsageStats.Usage> byCategory = new TreeMap<>();
        long sessions = 0;
        long minutes = 0;
        for (UsageRepository.UsageRow row : usage.between(library, from, to, now)) {
            UsageStats.Usage figures = new UsageStats.Usage(row.sessions(), row.minutes());
            if (row.day() != null) {
                byDay.put(row.day().toString(), figures);
                sessions += row.sessions();
                minutes += row.minutes();
            } else if (row.workstation() != null) {
                byWorkstation.put(row.workstation(), figures);
            } else {
                byCategory.put(row.category(), figures);
            }
        }
        return new UsageStats(from, to, sessions, minutes, byDay, byWorkstation, byCategory);
    }
}

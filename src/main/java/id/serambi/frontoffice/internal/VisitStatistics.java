package id.serambi.frontoffice.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import id.serambi.frontoffice.VisitStats;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PeriodRule;

/** Counts people (not entries) per type, purpose and day of the library's calendar. */
@Component
public class VisitStatistics {

    static final int MAX_DAYS = PeriodRule.YEAR_DAYS;

    private final VisitRepository visits;

    VisitStatistics(VisitRepository visits) {
        this.visits = visits;
    }

    public VisitStats between(LibraryId library, LocalDate from, LocalDate to) {
        PeriodRule.check(from, to, MAX_DAYS).ifPresent(refused -> {
            throw refused == PeriodRule.Refusal.OUT_OF_ORDER
                    ? InvalidInputException.of("from", "frontoffice.stats.fromAfterTo")
                    : InvalidInputException.of("to", "frontoffice.stats.tooLong", MAX_DAYS);
        });
        Map<String, Long> byType = new TreeMap<>();
        Map<String, Long> byPurpose = new TreeMap<>();
        Map<LocalDate, Long> byDay = new TreeMap<>();
        for (VisitRepository.PeopleCount count : visits.people(library, from, to)) {
            if (count.visitorType() != null) {
                byType.put(count.visitorType(), count.people());
            } else if (count.purpose() != null) {
                byPurpose.put(count.purpose(), count.people());
            } else {
                byDay.put(count.day(), count.people());
            }
        }
        List<VisitStats.Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(new VisitStats.Day(day, byDay.getOrDefault(day, 0L)));
        }
        long total = byType.values().stream().mapToLong(Long::longValue).sum();
        return new VisitStats(from, to, total, byType, byPurpose, days);
    }
}

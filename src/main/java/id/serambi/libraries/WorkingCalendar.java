package id.serambi.libraries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Working time of one library: its service hours in its own time zone, minus its holidays. A library that has not
 * published service hours works Monday to Friday, all day.
 */
public final class WorkingCalendar {

    private static final int SEARCH_LIMIT_DAYS = 400;
    private static final OpeningInterval WHOLE_DAY = new OpeningInterval(LocalTime.MIN, LocalTime.MAX);

    private final ZoneId zone;
    private final ServiceHours hours;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(ZoneId zone, ServiceHours hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return intervalOn(day).isPresent();
    }

    /** The service interval on a day, or empty when the library is closed that day. */
    public Optional<OpeningInterval> intervalOn(LocalDate day) {
        if (holidays.contains(day)) {
            return Optional.empty();
        }
        if (!hours.published()) {
            DayOfWeek weekday = day.getDayOfWeek();
            boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
            return weekend ? Optional.empty() : Optional.of(WHOLE_DAY);
        }
        return hours.on(day.getDayOfWeek());
    }

    /** Time between two instants that falls within service hours on working days. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Optional<OpeningInterval> interval = intervalOn(day);
            if (interval.isEmpty()) {
                continue;
            }
            Instant opens = at(day, interval.get().opens());
            Instant closes = at(day, interval.get().closes());
            Instant start = from.isAfter(opens) ? from : opens;
            Instant end = to.isBefore(closes) ? to : closes;
            if (end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /**
     * The moment {@code days} working days after {@code start}: the same time of day on the n-th following working
     * day, kept within that day's service hours. A start outside service hours counts from the next opening.
     */
    public ZonedDateTime addWorkingDays(Instant start, int days) {
        ZonedDateTime begin = firstServiceMomentFrom(start);
        LocalDate day = begin.toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            requireWithinLimit(begin.toLocalDate(), day);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        OpeningInterval interval = intervalOn(day).orElseThrow();
        LocalTime time = begin.toLocalTime();
        if (time.isBefore(interval.opens())) {
            time = interval.opens();
        } else if (time.isAfter(interval.closes())) {
            time = interval.closes();
        }
        return ZonedDateTime.of(day, time, zone);
    }

    /** The start itself when it falls within service hours, otherwise the next opening. */
    public ZonedDateTime firstServiceMomentFrom(Instant start) {
        ZonedDateTime local = start.atZone(zone);
        LocalDate day = local.toLocalDate();
        Optional<OpeningInterval> today = intervalOn(day);
        if (today.isPresent()) {
            LocalTime time = local.toLocalTime();
            if (time.isBefore(today.get().opens())) {
                return ZonedDateTime.of(day, today.get().opens(), zone);
            }
            if (time.isBefore(today.get().closes())) {
                return local;
            }
        }
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            requireWithinLimit(day, next);
            next = next.plusDays(1);
        }
        return ZonedDateTime.of(next, intervalOn(next).orElseThrow().opens(), zone);
    }

    private Instant at(LocalDate day, LocalTime time) {
        if (time.equals(LocalTime.MAX)) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return LocalDateTime.of(day, time).atZone(zone).toInstant();
    }

    private static void requireWithinLimit(LocalDate from, LocalDate day) {
        if (day.isAfter(from.plusDays(SEARCH_LIMIT_DAYS))) {
            throw new IllegalStateException("No working day within " + SEARCH_LIMIT_DAYS + " days of " + from);
        }
    }
}

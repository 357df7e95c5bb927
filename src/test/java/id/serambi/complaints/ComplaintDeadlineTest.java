package id.serambi.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ServiceHours;
import id.serambi.libraries.WorkingCalendar;

/** Deadlines count working days on the library's own calendar (calendar dates of 2026). */
class ComplaintDeadlineTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZoneId PONTIANAK = ZoneId.of("Asia/Pontianak");
    private static final ComplaintSettings LAPOR = ComplaintSettings.defaults();

    @Test
    void verificationDeadlineSkipsAClosedWeekend() {
        WorkingCalendar calendar = new WorkingCalendar(JAKARTA, mondayToFriday(), Set.of());
        // Thursday 26 November 10:00 + 3 working days: Fri 27, (Sat, Sun closed), Mon 30, Tue 1 December.
        Instant received = at(JAKARTA, "2026-11-26T10:00");

        assertThat(due(calendar, ComplaintStatus.RECEIVED, received)).isEqualTo(at(JAKARTA, "2026-12-01T10:00"));
    }

    @Test
    void aLibraryOpenOnSaturdayCountsItButNotSunday() {
        WorkingCalendar calendar = new WorkingCalendar(PONTIANAK, baritoUtaraHours(), Set.of());
        // Friday 27 November 14:00 + 3: Sat 28 (open), (Sun closed), Mon 30, Tue 1 December, at 14:00.
        Instant received = at(PONTIANAK, "2026-11-27T14:00");

        assertThat(due(calendar, ComplaintStatus.RECEIVED, received)).isEqualTo(at(PONTIANAK, "2026-12-01T14:00"));
    }

    @Test
    void holidaysDoNotCount() {
        WorkingCalendar calendar = new WorkingCalendar(JAKARTA, mondayToFriday(),
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        // Wednesday 23 December 09:00 + 3: (Thu 24 cuti bersama, Fri 25 Christmas, weekend) Mon 28, Tue 29, Wed 30.
        Instant received = at(JAKARTA, "2026-12-23T09:00");

        assertThat(due(calendar, ComplaintStatus.RECEIVED, received)).isEqualTo(at(JAKARTA, "2026-12-30T09:00"));
    }

    @Test
    void aComplaintDroppedOnAClosedDayCountsFromTheNextOpening() {
        WorkingCalendar calendar = new WorkingCalendar(JAKARTA, mondayToFriday(), Set.of());
        // Saturday 28 November: counting starts Monday 30 at 08:00; + 5 working days (follow-up) = Monday 7 Dec.
        Instant received = at(JAKARTA, "2026-11-28T10:00");

        assertThat(due(calendar, ComplaintStatus.VERIFIED, received)).isEqualTo(at(JAKARTA, "2026-12-07T08:00"));
    }

    @Test
    void closingWaitsTenWorkingDaysAndFinalStatusesHaveNoDeadline() {
        WorkingCalendar calendar = new WorkingCalendar(JAKARTA, mondayToFriday(), Set.of());
        Instant resolved = at(JAKARTA, "2026-11-02T11:00");

        assertThat(due(calendar, ComplaintStatus.RESOLVED, resolved)).isEqualTo(at(JAKARTA, "2026-11-16T11:00"));
        assertThat(LAPOR.daysIn(ComplaintStatus.CLOSED)).isZero();
        assertThat(LAPOR.daysIn(ComplaintStatus.NOT_OUR_REMIT)).isZero();
    }

    private static Instant due(WorkingCalendar calendar, ComplaintStatus status, Instant since) {
        return calendar.addWorkingDays(since, LAPOR.daysIn(status)).toInstant();
    }

    private static ServiceHours mondayToFriday() {
        Map<DayOfWeek, OpeningInterval> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                days.put(day, interval("08:00", "16:00"));
            }
        }
        return new ServiceHours(days);
    }

    private static ServiceHours baritoUtaraHours() {
        Map<DayOfWeek, OpeningInterval> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            days.put(day, interval("07:00", "15:30"));
        }
        days.put(DayOfWeek.FRIDAY, interval("07:30", "16:00"));
        days.put(DayOfWeek.SATURDAY, interval("07:30", "12:00"));
        return new ServiceHours(days);
    }

    private static OpeningInterval interval(String opens, String closes) {
        return new OpeningInterval(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}

package id.serambi.libraries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.internal.CalendarRepository;
import id.serambi.libraries.internal.LibraryRepository;
import id.serambi.libraries.internal.ServiceStandardRepository;
import id.serambi.libraries.internal.SettingsRules;
import id.serambi.libraries.internal.StandardRules;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/**
 * How a library's own staff change what it publishes: its service standards, profile, service hours, holidays and
 * what its hand-over requires.
 * Each use case checks everything first and writes in one transaction; role checks are the callers' (KABID+).
 */
@Service
@Transactional
public class LibraryAdministration {

    private final LibraryRepository libraries;
    private final ServiceStandardRepository standards;
    private final CalendarRepository calendars;
    private final Clock clock;

    LibraryAdministration(LibraryRepository libraries, ServiceStandardRepository standards,
            CalendarRepository calendars, Clock clock) {
        this.libraries = libraries;
        this.standards = standards;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Replaces the standard's content; its code and kind stay. Who and when are recorded with it. */
    public ServiceStandard updateStandard(Library library, String code, ServiceStandard edited) {
        ServiceStandard current = standards.findByCode(library.id(), code)
                .orElseThrow(() -> ServiceNotFoundException.forCode(code));
        ServiceStandard cleaned = StandardRules.clean(current, edited);
        List<FieldProblem> problems = StandardRules.problems(cleaned);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffPrincipal staff = CurrentStaff.get().orElse(null);
        standards.update(library.id(), current.id(), cleaned, new StandardChange(clock.instant(),
                staff == null ? null : staff.accountId(), staff == null ? null : staff.fullName()));
        return standards.findByCode(library.id(), code).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Map<String, StandardChange> standardChanges(LibraryId library) {
        return standards.changes(library);
    }

    public Library updateProfile(Library library, LibraryProfile profile) {
        Library changed = SettingsRules.profile(library, profile);
        libraries.updateProfile(library.id(), changed);
        return libraries.findById(library.id()).orElseThrow();
    }

    /** Turns on or off the hand-over's need of a proven phone number; answers the setting as stored. */
    public boolean changeHandoverPhoneCheck(Library library, boolean required) {
        libraries.setHandoverRequiresConfirmedPhone(library.id(), required);
        return libraries.handoverRequiresConfirmedPhone(library.id());
    }

    /** Replaces the weekly hours; keys are weekday names, a day without hours (or null) is closed. */
    public ServiceHours replaceHours(Library library, Map<String, DayHours> days) {
        ServiceHours hours = SettingsRules.hours(days);
        calendars.replaceHours(library.id(), hours);
        return calendars.hours(library.id());
    }

    /** The holiday as stored, and whether its date was not a holiday before. */
    public record PutHoliday(Holiday holiday, boolean added) {
    }

    /** Adds a holiday, or renames the one on that date. */
    public PutHoliday putHoliday(Library library, String date, String name) {
        Holiday holiday = SettingsRules.holiday(date, name);
        boolean added = calendars.holidays(library.id(), holiday.day(), holiday.day()).isEmpty();
        calendars.putHoliday(library.id(), holiday);
        return new PutHoliday(holiday, added);
    }

    public void removeHoliday(Library library, LocalDate day) {
        if (!calendars.removeHoliday(library.id(), day)) {
            throw HolidayNotFoundException.forDay(day);
        }
    }
}

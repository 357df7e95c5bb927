package id.serambi.libraries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.internal.CalendarRepository;
import id.serambi.libraries.internal.LibraryRepository;
import id.serambi.libraries.internal.MemberCategoryRepository;
import id.serambi.libraries.internal.ServiceStandardRepository;
import id.serambi.libraries.internal.StandardVersionRepository;
import id.serambi.shared.security.TenantGuard;

/** What other modules ask of a library: who it is, what it publishes and when it works. */
@Service
@Transactional(readOnly = true)
public class LibraryService {

    private final LibraryRepository libraries;
    private final ServiceStandardRepository standards;
    private final CalendarRepository calendars;
    private final MemberCategoryRepository categories;
    private final StandardVersionRepository versions;
    private final Clock clock;

    LibraryService(LibraryRepository libraries, ServiceStandardRepository standards, CalendarRepository calendars,
            MemberCategoryRepository categories, StandardVersionRepository versions, Clock clock) {
        this.libraries = libraries;
        this.standards = standards;
        this.versions = versions;
        this.calendars = calendars;
        this.categories = categories;
        this.clock = clock;
    }

    public List<Library> all() {
        return libraries.findAll();
    }

    /** Answered from memory on nearly every request, so it opens no transaction (and takes no connection) for it. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Library require(String code) {
        return libraries.findByCode(code).orElseThrow(() -> LibraryNotFoundException.forCode(code));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Library> find(LibraryId id) {
        return libraries.findById(id);
    }

    /** The library, for its own staff or the administrator: 404 when it does not exist, 403 for anyone else. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Library requireForStaff(String code) {
        Library library = require(code);
        TenantGuard.requireStaffOf(library.idValue(), library.code());
        return library;
    }

    public List<ServiceStandard> standards(LibraryId library) {
        return standards.findAll(library);
    }

    public ServiceStandard standard(LibraryId library, String code) {
        return standards.findByCode(library, code).orElseThrow(() -> ServiceNotFoundException.forCode(code));
    }

    public Optional<ServiceStandard> standardOfKind(LibraryId library, ServiceKind kind) {
        return standards.findAll(library).stream().filter(standard -> standard.kind() == kind).findFirst();
    }

    /** The version of the standard that cases opened now are judged against. */
    public StandardVersion currentVersion(LibraryId library, long serviceId) {
        return versions.current(library, serviceId);
    }

    /** A version of the standard, as cases opened under it are judged. */
    public StandardVersion version(LibraryId library, long serviceId, int version) {
        return versions.find(library, serviceId, version);
    }

    public ServiceHours hours(LibraryId library) {
        return calendars.hours(library);
    }

    public List<Holiday> holidays(LibraryId library, int year) {
        return calendars.holidays(library, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public WorkingCalendar calendar(Library library) {
        return new WorkingCalendar(library.timezone(), calendars.hours(library.id()),
                new HashSet<>(calendars.allHolidayDates(library.id())));
    }

    /**
     * Whether the library's standard lets a member sign for a card only once the phone number is proven to be theirs
     * (Barito Utara's step 6): a one-time code or the number typed again, never a bare tick.
     */
    public boolean handoverRequiresConfirmedPhone(LibraryId library) {
        return libraries.handoverRequiresConfirmedPhone(library);
    }

    public List<MemberCategory> categories(LibraryId library) {
        return categories.findAll(library);
    }

    /** Each category's name by its code (retired ones too), for pages and reports that count by category. */
    public java.util.Map<String, String> categoryNames(LibraryId library) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        categories.findAll(library).forEach(category -> names.put(category.code(), category.name()));
        return names;
    }

    /** What the library should look at in its own published standard. */
    public List<StandardWarning> warnings(Library library) {
        List<StandardWarning> warnings = new ArrayList<>();
        for (ServiceStandard standard : standards.findAll(library.id())) {
            if (Boolean.FALSE.equals(standard.stepsMatchCompletionTime())) {
                int seconds = standard.fixedStepSeconds();
                warnings.add(new StandardWarning(standard.code(), StandardWarning.STEP_TIMES_DIFFER, standard.name(),
                        seconds / 60, seconds % 60, standard.completionTime().text()));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(library.timezone()));
        int nextYear = today.getYear() + 1;
        if (today.getMonthValue() >= 10 && holidays(library.id(), nextYear).isEmpty()) {
            warnings.add(new StandardWarning(null, "warning.noHolidaysNextYear", String.valueOf(nextYear)));
        }
        return warnings;
    }
}

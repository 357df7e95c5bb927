package id.serambi.servicetimes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.StaffName;
import id.serambi.cases.CaseMoments;
import id.serambi.cases.CaseService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.shared.DomainException;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PeriodRule;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.servicetimes.ServiceTimeReport.StaffCases;
import id.serambi.servicetimes.internal.CaseTallies;
import id.serambi.servicetimes.internal.ServiceTimeCalculator;

/** Measures each library's real service times against its published standard, step by step. */
@Service
@Transactional(readOnly = true)
public class ServiceTimeService {

    static final int MAX_PERIOD_DAYS = PeriodRule.YEAR_DAYS;

    private final LibraryService libraries;
    private final CaseService cases;
    private final AccountService accounts;
    private final Clock clock;

    ServiceTimeService(LibraryService libraries, CaseService cases, AccountService accounts, Clock clock) {
        this.libraries = libraries;
        this.cases = cases;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Figures for the services Serambi runs, for cases that started between the two days (inclusive). */
    public ServiceTimeReport report(Library library, LocalDate from, LocalDate to) {
        PeriodRule.check(from, to, MAX_PERIOD_DAYS).ifPresent(refused -> {
            throw refused == PeriodRule.Refusal.OUT_OF_ORDER
                    ? InvalidInputException.of("to", "servicetimes.period.order")
                    : InvalidInputException.of("to", "servicetimes.period.tooLong", MAX_PERIOD_DAYS);
        });
        ServiceTimeCalculator calculator = new ServiceTimeCalculator(libraries.calendar(library));
        Instant start = from.atStartOfDay(library.timezone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(library.timezone()).toInstant();
        List<ServiceFigures> services = new ArrayList<>();
        List<CaseMoments> all = new ArrayList<>();
        libraries.standards(library.id()).stream()
                .filter(standard -> standard.kind() != ServiceKind.OTHER && !standard.steps().isEmpty())
                .forEach(standard -> {
                    List<CaseMoments> started = cases.startedBetween(library.id(), standard, start, end);
                    all.addAll(started);
                    services.add(calculator.figures(standard, started));
                });
        Map<Long, StaffName> names = accounts.names(all.stream().flatMap(c -> c.staff().stream()).toList());
        return new ServiceTimeReport(library.code(), from, to, List.copyOf(services),
                CaseTallies.byStaff(all, id -> {
                    StaffName name = names.get(id);
                    return name == null ? new StaffCases(id, null, null, 0)
                            : new StaffCases(id, name.username(), name.fullName(), 0);
                }), CaseTallies.byHour(all, library.timezone()));
    }

    /** Staff tick a step that happens outside Serambi (e.g. handing in the photocopy); the first tick counts. */
    @Transactional
    public Instant tick(Library library, String serviceCode, String caseRef, int stepOrder) {
        ServiceStandard standard = libraries.standard(library.id(), serviceCode);
        if (caseRef == null || caseRef.isBlank() || caseRef.length() > 64) {
            throw InvalidInputException.of("caseRef", "servicetimes.caseRef.invalid");
        }
        ProcedureStep step = standard.steps().stream().filter(s -> s.order() == stepOrder).findFirst()
                .orElseThrow(() -> InvalidInputException.of("step", "servicetimes.step.unknown", stepOrder));
        if (standard.kind() == ServiceKind.OTHER) {
            throw new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "SERVICE_NOT_MEASURED",
                    "servicetimes.service.notMeasured", standard.name());
        }
        return cases.tick(library.id(), standard, caseRef.strip(), step, clock.instant(),
                CurrentStaff.accountIdOrNull());
    }
}

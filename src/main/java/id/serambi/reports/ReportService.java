package id.serambi.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CardStatistics;
import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintQueries;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.internetroom.InternetRoomService;
import id.serambi.libraries.Library;
import id.serambi.membership.MembershipService;
import id.serambi.reports.DashboardFigures.MonthIkm;
import id.serambi.reports.DashboardFigures.ServiceCompliance;
import id.serambi.servicetimes.ServiceTimeReport;
import id.serambi.servicetimes.ServiceTimeService;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PeriodRule;
import id.serambi.surveys.IkmReport;
import id.serambi.surveys.SurveyService;

/** Gathers a library's figures from the modules that own them; holds no data of its own. */
@Service
@Transactional(readOnly = true)
public class ReportService {

    static final int TREND_MONTHS = 6;
    static final int MAX_PERIOD_DAYS = PeriodRule.YEAR_DAYS;

    private final FrontOfficeService frontOffice;
    private final InternetRoomService internetRoom;
    private final ComplaintQueries complaints;
    private final SurveyService surveys;
    private final ServiceTimeService serviceTimes;
    private final MembershipService membership;
    private final CardStatistics cards;
    private final Clock clock;

    ReportService(FrontOfficeService frontOffice, InternetRoomService internetRoom, ComplaintQueries complaints,
            SurveyService surveys, ServiceTimeService serviceTimes, MembershipService membership,
            CardStatistics cards, Clock clock) {
        this.membership = membership;
        this.cards = cards;
        this.frontOffice = frontOffice;
        this.internetRoom = internetRoom;
        this.complaints = complaints;
        this.surveys = surveys;
        this.serviceTimes = serviceTimes;
        this.clock = clock;
    }

    public DashboardFigures dashboard(Library library, LocalDate from, LocalDate to) {
        PeriodRule.check(from, to, MAX_PERIOD_DAYS).ifPresent(refused -> {
            throw refused == PeriodRule.Refusal.OUT_OF_ORDER ? InvalidInputException.of("to", "reports.period.order")
                    : InvalidInputException.of("to", "reports.period.tooLong", MAX_PERIOD_DAYS);
        });
        List<Complaint> all = complaints.list(library, null, false);
        Instant start = from.atStartOfDay(library.timezone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(library.timezone()).toInstant();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ComplaintStatus status : ComplaintStatus.values()) {
            long count = all.stream().filter(c -> c.status() == status)
                    .filter(c -> !c.receivedAt().isBefore(start) && c.receivedAt().isBefore(end)).count();
            byStatus.put(status.name(), count);
        }
        long overdue = all.stream().filter(c -> c.isOverdue(clock.instant())).count();
        ServiceTimeReport times = serviceTimes.report(library, from, to);
        List<ServiceCompliance> compliance = times.services().stream()
                .map(s -> new ServiceCompliance(s.code(), s.name(), s.cases(), s.withinCompletionPercent(),
                        s.waiting()))
                .toList();
        return new DashboardFigures(library.code(), from, to, frontOffice.stats(library, from, to),
                internetRoom.usage(library, from, to), membership.newMembersByCategory(library.id(), from, to),
                cards.between(library, from, to), byStatus, overdue, surveys.ikm(library, from, to, null),
                trend(library, YearMonth.from(to)), compliance, times.casesByStaff(), times.casesByHour());
    }

    private List<MonthIkm> trend(Library library, YearMonth last) {
        List<MonthIkm> months = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            IkmReport report = surveys.ikm(library, month.atDay(1), month.atEndOfMonth(), null);
            months.add(new MonthIkm(month, report.respondents(), report.ikm()));
        }
        return months;
    }

    /** Today in the library's time zone. */
    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }
}

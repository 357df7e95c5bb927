package id.serambi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.serambi.cards.CardStatistics.CardFigures;
import id.serambi.frontoffice.VisitStats;
import id.serambi.internetroom.UsageStats;
import id.serambi.servicetimes.ServiceTimeReport.HourCases;
import id.serambi.servicetimes.ServiceTimeReport.StaffCases;
import id.serambi.servicetimes.WaitingFigures;
import id.serambi.surveys.IkmReport;

/**
 * One library's figures over a period (days in its time zone, both included).
 *
 * @param newMembersByCategory members registered in the period, per category code
 * @param cards cards printed and handed over in the period
 * @param complaintsByStatus complaints received in the period, by their status now
 * @param overdueComplaints complaints of the library that are past their deadline now, whenever received
 * @param ikmTrend the satisfaction index per month, the period's months and the five before
 * @param serviceTimes per service: cases, the share completed within the stated completion time and the queue wait
 * @param casesByStaff cases of the measured services per staff member who recorded or ticked their steps
 * @param casesByHour cases of the measured services per hour of the day they began (library time zone)
 */
public record DashboardFigures(String library, LocalDate from, LocalDate to, VisitStats visits, UsageStats internet,
        Map<String, Long> newMembersByCategory, CardFigures cards, Map<String, Long> complaintsByStatus,
        long overdueComplaints, IkmReport ikm, List<MonthIkm> ikmTrend, List<ServiceCompliance> serviceTimes,
        List<StaffCases> casesByStaff, List<HourCases> casesByHour) {

    /** Figures without the case tallies (a period or a test that has none). */
    public DashboardFigures(String library, LocalDate from, LocalDate to, VisitStats visits, UsageStats internet,
            Map<String, Long> newMembersByCategory, CardFigures cards, Map<String, Long> complaintsByStatus,
            long overdueComplaints, IkmReport ikm, List<MonthIkm> ikmTrend, List<ServiceCompliance> serviceTimes) {
        this(library, from, to, visits, internet, newMembersByCategory, cards, complaintsByStatus, overdueComplaints,
                ikm, ikmTrend, serviceTimes, List.of(), List.of());
    }

    /** The satisfaction index of one month; null without respondents. */
    public record MonthIkm(YearMonth month, int respondents, BigDecimal ikm) {
    }

    /** How often a service was completed within its standard, and how long its queue tickets waited. */
    public record ServiceCompliance(String code, String name, int cases, Double withinCompletionPercent,
            WaitingFigures waiting) {
    }
}

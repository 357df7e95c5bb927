package id.serambi.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.serambi.cards.CardStatistics.CardFigures;
import id.serambi.frontoffice.VisitStats;
import id.serambi.internetroom.UsageStats;
import id.serambi.surveys.IkmReport;

/**
 * One library's figures over a period (days in its time zone, both included).
 *
 * @param newMembersByCategory members registered in the period, per category code
 * @param cards cards printed and handed over in the period
 * @param complaintsByStatus complaints received in the period, by their status now
 * @param overdueComplaints complaints of the library that are past their deadline now, whenever received
 * @param ikmTrend the satisfaction index per month, the period's months and the five before
 * @param serviceTimes per service: cases and the share completed within the stated completion time
 */
public record DashboardFigures(String library, LocalDate from, LocalDate to, VisitStats visits, UsageStats internet,
        Map<String, Long> newMembersByCategory, CardFigures cards, Map<String, Long> complaintsByStatus,
        long overdueComplaints, IkmReport ikm, List<MonthIkm> ikmTrend, List<ServiceCompliance> serviceTimes) {

    /** The satisfaction index of one month; null without respondents. */
    public record MonthIkm(YearMonth month, int respondents, BigDecimal ikm) {
    }

    /** How often a service was completed within its standard. */
    public record ServiceCompliance(String code, String name, int cases, Double withinCompletionPercent) {
    }
}

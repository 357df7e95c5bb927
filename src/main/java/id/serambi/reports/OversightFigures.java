package id.serambi.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import id.serambi.frontoffice.VisitStats;

/**
 * The figures of the libraries a library oversees over one period, each library's own and their sums. Counts only:
 * no member, visitor or complainant appears.
 *
 * @param library the overseeing library
 * @param libraries each overseen library's dashboard figures, in the administrator's order
 * @param total the sums over those libraries
 */
public record OversightFigures(String library, LocalDate from, LocalDate to, List<DashboardFigures> libraries,
        Totals total) {

    /**
     * Sums over the overseen libraries.
     *
     * @param ikm the respondent-weighted mean of the libraries' IKM (two decimals); null without respondents
     * @param serviceCases cases of all measured services that started in the period
     */
    public record Totals(long visitors, Map<String, Long> visitsByType, Map<String, Long> visitsByPurpose,
            List<VisitStats.Day> visitsByDay, Map<String, Long> newMembersByCategory, long cardsPrinted,
            long cardsHandedOver, long internetSessions, long internetMinutes, Map<String, Long> complaintsByStatus,
            long complaints, long overdueComplaints, int ikmRespondents, BigDecimal ikm, long serviceCases) {
    }

    /** Adds up the libraries' figures. */
    public static OversightFigures of(String library, LocalDate from, LocalDate to, List<DashboardFigures> figures) {
        Map<String, Long> byStatus = summed(figures, DashboardFigures::complaintsByStatus);
        Totals total = new Totals(sum(figures, f -> f.visits().total()), summed(figures, f -> f.visits().byType()),
                summed(figures, f -> f.visits().byPurpose()), byDay(figures),
                summed(figures, DashboardFigures::newMembersByCategory), sum(figures, f -> f.cards().printed()),
                sum(figures, f -> f.cards().handedOver()), sum(figures, f -> f.internet().sessions()),
                sum(figures, f -> f.internet().minutes()), byStatus,
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                sum(figures, DashboardFigures::overdueComplaints), (int) sum(figures, f -> f.ikm().respondents()),
                weightedIkm(figures), sum(figures, f -> f.serviceTimes().stream()
                        .mapToLong(DashboardFigures.ServiceCompliance::cases).sum()));
        return new OversightFigures(library, from, to, List.copyOf(figures), total);
    }

    private static long sum(List<DashboardFigures> figures, ToLongFunction<DashboardFigures> value) {
        return figures.stream().mapToLong(value).sum();
    }

    private static Map<String, Long> summed(List<DashboardFigures> figures,
            Function<DashboardFigures, Map<String, Long>> map) {
        Map<String, Long> sums = new TreeMap<>();
        figures.forEach(f -> map.apply(f).forEach((key, value) -> sums.merge(key, value, Long::sum)));
        return sums;
    }

    private static List<VisitStats.Day> byDay(List<DashboardFigures> figures) {
        Map<LocalDate, Long> sums = new TreeMap<>();
        figures.forEach(f -> f.visits().byDay().forEach(d -> sums.merge(d.date(), d.people(), Long::sum)));
        return sums.entrySet().stream().map(e -> new VisitStats.Day(e.getKey(), e.getValue())).toList();
    }

    /** Pooled as if all questionnaires were one set: each library's IKM weighted by its respondents. */
    private static BigDecimal weightedIkm(List<DashboardFigures> figures) {
        long respondents = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (DashboardFigures f : figures) {
            if (f.ikm().ikm() != null) {
                respondents += f.ikm().respondents();
                weighted = weighted.add(f.ikm().ikm().multiply(BigDecimal.valueOf(f.ikm().respondents())));
            }
        }
        return respondents == 0 ? null : weighted.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP);
    }
}

package id.serambi.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.serambi.frontoffice.VisitChoice;
import id.serambi.reports.DashboardFigures;
import id.serambi.shared.Messages;

/** The dashboard's figures as plain tables (title, header, rows) in the user's language, for export. */
public final class ReportTables {

    private ReportTables() {
    }

    /** A table to export: the first row is the header. */
    public record Table(String id, String title, List<List<Object>> rows) {
    }

    public static List<Table> of(DashboardFigures f, List<VisitChoice> purposes, Map<String, String> categoryNames,
            Messages m) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("visits-by-day", m.get("reports.table.visitsByDay"),
                List.of(m.get("reports.col.date"), m.get("reports.col.people")),
                f.visits().byDay(), d -> List.of(d.date().toString(), d.people())));
        tables.add(table("visits-by-type", m.get("reports.table.visitsByType"),
                List.of(m.get("reports.col.visitorType"), m.get("reports.col.people")),
                f.visits().byType().entrySet().stream().toList(),
                e -> List.of(m.get("frontoffice.type." + e.getKey()), e.getValue())));
        tables.add(table("visits-by-purpose", m.get("reports.table.visitsByPurpose"),
                List.of(m.get("reports.col.purpose"), m.get("reports.col.people")),
                f.visits().byPurpose().entrySet().stream().toList(),
                e -> List.of(purposeName(e.getKey(), purposes), e.getValue())));
        tables.add(table("internet-by-day", m.get("reports.table.internetByDay"),
                List.of(m.get("reports.col.date"), m.get("reports.col.sessions"), m.get("reports.col.minutes")),
                f.internet().byDay().entrySet().stream().toList(),
                e -> List.of(e.getKey(), e.getValue().sessions(), e.getValue().minutes())));
        tables.add(table("members-by-category", m.get("reports.table.membersByCategory"),
                List.of(m.get("reports.col.category"), m.get("reports.col.count")),
                f.newMembersByCategory().entrySet().stream().toList(), e -> List.of(categoryNames.getOrDefault(e.getKey(), e.getKey()), e.getValue())));
        tables.add(table("cards", m.get("reports.table.cards"),
                List.of(m.get("reports.col.cardStep"), m.get("reports.col.count")),
                List.of(List.<Object>of(m.get("reports.cards.printed"), f.cards().printed()),
                        List.<Object>of(m.get("reports.cards.handedOver"), f.cards().handedOver())), r -> r));
        tables.add(table("complaints-by-status", m.get("reports.table.complaintsByStatus"),
                List.of(m.get("reports.col.status"), m.get("reports.col.count")),
                f.complaintsByStatus().entrySet().stream().toList(),
                e -> List.of(m.get("complaints.status." + e.getKey()), e.getValue())));
        tables.add(table("ikm-elements", m.get("reports.table.ikmElements"),
                List.of(m.get("reports.col.element"), m.get("reports.col.nrr")),
                f.ikm().weakestFirst(), e -> List.of(e.element().name(), e.nrr())));
        tables.add(table("ikm-trend", m.get("reports.table.ikmTrend"),
                List.of(m.get("reports.col.month"), m.get("reports.col.respondents"), m.get("reports.col.ikm")),
                f.ikmTrend(), t -> List.of(t.month().toString(), t.respondents(), t.ikm() == null ? "" : t.ikm())));
        tables.add(table("service-times", m.get("reports.table.serviceTimes"),
                List.of(m.get("reports.col.service"), m.get("reports.col.cases"), m.get("reports.col.within")),
                f.serviceTimes(), s -> List.of(s.name(), s.cases(),
                        s.withinCompletionPercent() == null ? "" : s.withinCompletionPercent())));
        tables.add(table("queue-waiting", m.get("reports.table.queueWaiting"),
                List.of(m.get("reports.col.service"), m.get("reports.col.calledTickets"),
                        m.get("reports.col.medianWait"), m.get("reports.col.p90Wait")),
                f.serviceTimes(), s -> List.of(s.name(), s.waiting().cases(), orBlank(s.waiting().medianSeconds()),
                        orBlank(s.waiting().p90Seconds()))));
        tables.add(table("cases-by-staff", m.get("reports.table.casesByStaff"),
                List.of(m.get("reports.col.staff"), m.get("reports.col.username"), m.get("reports.col.cases")),
                f.casesByStaff(), s -> List.of(orBlank(s.fullName()), orBlank(s.username()), s.cases())));
        tables.add(table("cases-by-hour", m.get("reports.table.casesByHour"),
                List.of(m.get("reports.col.hour"), m.get("reports.col.cases")),
                f.casesByHour(), h -> List.of("%02d:00".formatted(h.hour()), h.cases())));
        return tables;
    }

    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }

    static String purposeName(String code, List<VisitChoice> purposes) {
        return purposes.stream().filter(p -> p.code().equals(code)).map(VisitChoice::name).findFirst().orElse(code);
    }

    private static <T> Table table(String id, String title, List<Object> header, List<T> items,
            Function<T, List<Object>> row) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.copyOf(header));
        items.forEach(item -> rows.add(row.apply(item)));
        return new Table(id, title, rows);
    }
}

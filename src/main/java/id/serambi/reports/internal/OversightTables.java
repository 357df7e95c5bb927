package id.serambi.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import id.serambi.reports.DashboardFigures;
import id.serambi.reports.OversightFigures;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.shared.Messages;

/** The oversight's figures as tables: libraries side by side with their sum, one row per library, visitors per day. */
public final class OversightTables {

    private OversightTables() {
    }

    /**
     * @param names the libraries' names by code
     * @param purposeName a purpose's name by its code
     */
    public static List<Table> of(OversightFigures n, Map<String, String> names, UnaryOperator<String> purposeName,
            UnaryOperator<String> categoryName, Messages m) {
        return List.of(summary(n, names, purposeName, categoryName, m), perLibrary(n, names, m), byDay(n, m));
    }

    private static Table summary(OversightFigures n, Map<String, String> names, UnaryOperator<String> purposeName,
            UnaryOperator<String> categoryName, Messages m) {
        List<Object> header = new ArrayList<>(List.of(m.get("reports.oversight.figure")));
        n.libraries().forEach(f -> header.add(names.getOrDefault(f.library(), f.library())));
        header.add(m.get("reports.oversight.total"));
        Rows rows = new Rows(n, header);
        rows.add(m.get("reports.kpi.visitors"), f -> f.visits().total(), n.total().visitors());
        n.total().visitsByType().forEach((type, sum) -> rows.add(m.get("reports.table.visitsByType") + ": "
                + m.get("frontoffice.type." + type), f -> f.visits().byType().getOrDefault(type, 0L), sum));
        n.total().visitsByPurpose().forEach((code, sum) -> rows.add(m.get("reports.table.visitsByPurpose") + ": "
                + purposeName.apply(code), f -> f.visits().byPurpose().getOrDefault(code, 0L), sum));
        n.total().newMembersByCategory().forEach((code, sum) -> rows.add(m.get("reports.table.membersByCategory")
                + ": " + categoryName.apply(code), f -> f.newMembersByCategory().getOrDefault(code, 0L), sum));
        rows.add(m.get("reports.cards.printed"), f -> f.cards().printed(), n.total().cardsPrinted());
        rows.add(m.get("reports.cards.handedOver"), f -> f.cards().handedOver(), n.total().cardsHandedOver());
        rows.add(m.get("reports.kpi.internet"), f -> f.internet().sessions(), n.total().internetSessions());
        rows.add(m.get("reports.oversight.internetMinutes"), f -> f.internet().minutes(), n.total().internetMinutes());
        n.total().complaintsByStatus().forEach((status, sum) -> rows.add(m.get("reports.table.complaintsByStatus")
                + ": " + m.get("complaints.status." + status), f -> f.complaintsByStatus().get(status), sum));
        rows.add(m.get("reports.kpi.overdue"), DashboardFigures::overdueComplaints, n.total().overdueComplaints());
        rows.add(m.get("reports.col.respondents"), f -> f.ikm().respondents(), n.total().ikmRespondents());
        rows.add(m.get("reports.col.ikm"), f -> f.ikm().ikm(), n.total().ikm());
        rows.add(m.get("reports.oversight.serviceCases"), OversightTables::serviceCases, n.total().serviceCases());
        return new Table("oversight-summary", m.get("reports.oversight.table.summary"), rows.rows);
    }

    private static Table perLibrary(OversightFigures n, Map<String, String> names, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(m.get("reports.oversight.library"), m.get("reports.kpi.visitors"),
                m.get("reports.oversight.newMembers"), m.get("reports.cards.printed"), m.get("reports.cards.handedOver"),
                m.get("reports.kpi.internet"), m.get("reports.oversight.complaints"), m.get("reports.kpi.overdue"),
                m.get("reports.col.ikm")));
        for (DashboardFigures f : n.libraries()) {
            rows.add(java.util.Arrays.asList(names.getOrDefault(f.library(), f.library()), f.visits().total(),
                    f.newMembersByCategory().values().stream().mapToLong(Long::longValue).sum(), f.cards().printed(),
                    f.cards().handedOver(), f.internet().sessions(),
                    f.complaintsByStatus().values().stream().mapToLong(Long::longValue).sum(),
                    f.overdueComplaints(), f.ikm().ikm() == null ? "" : f.ikm().ikm()));
        }
        return new Table("oversight-libraries", m.get("reports.oversight.table.libraries"), rows);
    }

    private static Table byDay(OversightFigures n, Messages m) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(m.get("reports.col.date"), m.get("reports.col.people")));
        n.total().visitsByDay().forEach(d -> rows.add(List.of(d.date().toString(), d.people())));
        return new Table("oversight-visits-by-day", m.get("reports.oversight.table.visitsByDay"), rows);
    }

    private static long serviceCases(DashboardFigures f) {
        return f.serviceTimes().stream().mapToLong(DashboardFigures.ServiceCompliance::cases).sum();
    }

    /** Rows of the side-by-side table: a label, each library's value, the total. */
    private static final class Rows {

        final OversightFigures oversight;
        final List<List<Object>> rows = new ArrayList<>();

        Rows(OversightFigures oversight, List<Object> header) {
            this.oversight = oversight;
            rows.add(List.copyOf(header));
        }

        void add(String label, Function<DashboardFigures, Object> value, Object total) {
            List<Object> row = new ArrayList<>();
            row.add(label);
            oversight.libraries().forEach(f -> row.add(blankIfNull(value.apply(f))));
            row.add(blankIfNull(total));
            rows.add(row);
        }

        private static Object blankIfNull(Object value) {
            return value == null ? "" : value;
        }
    }
}

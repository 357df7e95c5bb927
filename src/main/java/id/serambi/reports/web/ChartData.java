package id.serambi.reports.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.context.i18n.LocaleContextHolder;

import id.serambi.reports.internal.ReportTables.Table;
import tools.jackson.databind.json.JsonMapper;

/** Each chart's labels and values as JSON for a {@code data-chart} attribute (no inline script: strict CSP). */
public final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Which table each chart draws, which column and how, in the order the dashboard shows them. */
    static final List<Spec> DASHBOARD = List.of(new Spec("visits-by-day", 1, "bar"),
            new Spec("visits-by-type", 1, "doughnut"), new Spec("visits-by-purpose", 1, "bar"),
            new Spec("members-by-category", 1, "bar"), new Spec("cards", 1, "bar"),
            new Spec("internet-by-day", 2, "line"), new Spec("complaints-by-status", 1, "bar"),
            new Spec("ikm-trend", 2, "line"), new Spec("service-times", 2, "bar"));

    private final List<Table> tables;

    ChartData(List<Table> tables) {
        this.tables = tables;
    }

    record Spec(String tableId, int column, String type) {
    }

    /**
     * A chart ready for the page: its caption, its data, the table on the page that holds the same figures, and those
     * figures as text ("label: value; …", empty when there are none) for readers who cannot see the drawing.
     */
    public record Chart(String title, String json, String tableId, String summary) {
    }

    /** The dashboard's charts. */
    public List<Chart> all() {
        return DASHBOARD.stream().map(spec -> chart(table(spec.tableId()).title(), spec.tableId(), spec.column(),
                spec.type())).toList();
    }

    /** A chart of one table's column, captioned with the title given. */
    public Chart chart(String title, String tableId, int column, String type) {
        return new Chart(title, of(tableId, column, type), tableId, summary(tableId, column));
    }

    /** The drawn figures in words, numbers written the reader's way (700.000 in Indonesian). */
    String summary(String tableId, int column) {
        NumberFormat numbers = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        StringJoiner text = new StringJoiner("; ");
        Table table = table(tableId);
        for (List<Object> row : table.rows().subList(1, table.rows().size())) {
            Object value = row.get(column);
            text.add(row.get(0) + ": " + (value instanceof Number n ? numbers.format(n) : "—"));
        }
        return text.toString();
    }

    private Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    /** A chart of one exported table: first column labels, the given column values. */
    public String of(String tableId, int column, String type) {
        Table table = table(tableId);
        List<Object> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (List<Object> row : table.rows().subList(1, table.rows().size())) {
            labels.add(row.get(0));
            values.add(row.get(column) instanceof Number n ? n : null);
        }
        String label = String.valueOf(table.rows().getFirst().get(column));
        return JSON.writeValueAsString(Map.of("type", type, "labels", labels, "values", values, "label", label));
    }
}

package id.serambi.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.serambi.reports.internal.ReportTables.Table;
import tools.jackson.databind.json.JsonMapper;

/** Each chart's labels and values as JSON for a {@code data-chart} attribute (no inline script: strict CSP). */
public final class ChartData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Table> tables;

    ChartData(List<Table> tables) {
        this.tables = tables;
    }

    /** A chart of one exported table: first column labels, the given column values. */
    public String of(String tableId, int column, String type) {
        Table table = tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow();
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

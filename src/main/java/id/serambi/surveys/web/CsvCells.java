package id.serambi.surveys.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets: a cell that starts with = + - @ (or a tab or carriage return) is prefixed with a quote so
 * that a spreadsheet shows it as text instead of running it as a formula.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String row(List<?> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

package id.serambi.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV for spreadsheets (RFC 4180, CRLF line ends), the one place where exported text is defused against formula
 * injection: a text cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe so that a
 * spreadsheet shows it as text instead of running it. Numbers are written as they are (they cannot be formulas).
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {
    }

    /** One record: cells quoted only where needed. */
    public static String row(List<?> cells) {
        return cells.stream().map(CsvWriter::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A cell, quoted only when it holds a separator, a quote or a line break. */
    public static String cell(Object value) {
        String text = defused(value);
        boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return needsQuotes ? quote(text) : text;
    }

    /** A cell, always in quotes. */
    public static String quoted(Object value) {
        return quote(defused(value));
    }

    /** The cell's text as a spreadsheet may safely read it. */
    public static String defused(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

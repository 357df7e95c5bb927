package id.serambi.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.serambi.shared.CsvWriter;
import id.serambi.shared.Messages;

/**
 * The rejected rows as CSV: row number, column, reason in the reader's language, then the row's original cells. A
 * cell that a spreadsheet would run as a formula (= + - @, tab, carriage return first) is prefixed with an apostrophe.
 */
public final class RejectedReport {

    private RejectedReport() {
    }

    public static String csv(Messages messages, Locale locale, List<String> header, List<Rejection> rejections) {
        StringBuilder out = new StringBuilder();
        List<String> first = new ArrayList<>(List.of(messages.get(locale, "imports.report.row"),
                messages.get(locale, "imports.report.column"), messages.get(locale, "imports.report.reason")));
        first.addAll(header);
        line(out, first);
        for (Rejection rejection : rejections) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(rejection.rowNumber()));
            cells.add(columnLabel(messages, locale, rejection.field(), rejection.column()));
            cells.add(messages.get(locale, rejection.messageKey(), rejection.args().toArray()));
            cells.addAll(rejection.cells());
            line(out, cells);
        }
        return out.toString();
    }

    /**
     * The file's column the reason is about; for a field no column fed (a guardian the file lacks) or the whole row,
     * its name in the reader's language, never the internal field name.
     */
    public static String columnLabel(Messages messages, Locale locale, String field, String column) {
        if (column != null) {
            return column;
        }
        id.serambi.imports.Target target = field == null ? null : id.serambi.imports.Target.ofField(field);
        return target != null ? messages.get(locale, "imports.target." + target.name())
                : messages.get(locale, "imports.report.wholeRow");
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(CsvWriter.row(cells));
    }
}

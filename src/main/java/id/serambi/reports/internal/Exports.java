package id.serambi.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.shared.CsvWriter;

/** Writes tables as Excel workbooks (one sheet per table) and CSV, safe against formula injection. */
public final class Exports {

    private Exports() {
    }

    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Serambi", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object value = row.get(c);
                        if (value instanceof Number number) {
                            sheet.value(r, c, new BigDecimal(number.toString()));
                        } else {
                            sheet.value(r, c, String.valueOf(value));
                        }
                    }
                }
                if (!table.rows().isEmpty()) {
                    sheet.range(0, 0, 0, table.rows().getFirst().size() - 1).style().bold().set();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String csv(Table table) {
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                csv.append(c == 0 ? "" : ",").append(cell(row.get(c)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a cell; text that a spreadsheet would run as a formula is defused (see {@link CsvWriter}). */
    static String cell(Object value) {
        return CsvWriter.quoted(value);
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}

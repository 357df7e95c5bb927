package id.serambi.reports.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import id.serambi.libraries.Library;
import id.serambi.reports.DashboardFigures;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.shared.web.NumberText;

/** The monthly report (Laporan Bulanan) for the head of the agency: the month's figures, a chart and the tables. */
public final class MonthlyReportPdf {

    static final Locale INDONESIAN = Locale.of("id");
    static final Color BRAND = new Color(15, 92, 85);
    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD, BRAND);
    static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, BRAND);
    static final Font BODY = new Font(Font.HELVETICA, 9);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);

    private MonthlyReportPdf() {
    }

    /** Renders the report; {@code tables} are the dashboard's tables in Bahasa Indonesia. */
    public static byte[] render(Library library, YearMonth month, DashboardFigures figures, List<Table> tables,
            List<String[]> summary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 42, 42);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Laporan Bulanan " + library.name() + " " + month);
        document.open();
        document.add(new Paragraph("LAPORAN BULANAN LAYANAN PERPUSTAKAAN", TITLE));
        document.add(new Paragraph(library.name(), HEADING));
        document.add(new Paragraph("Periode: " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIAN))
                + " (" + figures.from() + " s.d. " + figures.to() + ", " + library.timezone().getId() + ")", BODY));
        document.add(spacer());
        document.add(table(new String[] {"Ringkasan", "Jumlah"}, summary, new float[] {3, 1}));
        document.add(spacer());
        document.add(heading("Pengunjung per hari"));
        VisitsChart.draw(writer.getDirectContent(), document.left(), document.right(),
                writer.getVerticalPosition(true), figures.visits().byDay(), "Jumlah orang per hari", "Tanggal");
        document.add(chartSpace());
        for (Table table : tables) {
            if (table.id().equals("visits-by-day") || table.id().equals("internet-by-day")) {
                continue;
            }
            document.add(heading(table.title()));
            List<List<Object>> rows = table.rows();
            document.add(table(rows.getFirst().stream().map(String::valueOf).toArray(String[]::new),
                    rows.subList(1, rows.size()).stream()
                            .map(r -> r.stream().map(v -> NumberText.of(v, INDONESIAN)).toArray(String[]::new)).toList(),
                    null));
            document.add(spacer());
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(String[] header, List<String[]> rows, float[] widths) {
        PdfPTable table = widths == null ? new PdfPTable(header.length) : new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (String h : header) {
            PdfPCell cell = new PdfPCell(new Phrase(h, BOLD));
            cell.setBackgroundColor(new Color(236, 231, 218));
            table.addCell(cell);
        }
        for (String[] row : rows) {
            for (int c = 0; c < header.length; c++) {
                PdfPCell cell = new PdfPCell(new Phrase(c < row.length ? row[c] : "", BODY));
                cell.setHorizontalAlignment(c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        if (rows.isEmpty()) {
            PdfPCell empty = new PdfPCell(new Phrase("Tidak ada data pada periode ini.", BODY));
            empty.setColspan(header.length);
            table.addCell(empty);
        }
        return table;
    }

    /**
     * A heading with room under it: a table right under a bare paragraph starts at the paragraph's baseline, so its
     * top border crossed the heading's descenders (g, j, p).
     */
    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static Paragraph spacer() {
        return new Paragraph(" ", BODY);
    }

    private static Paragraph chartSpace() {
        Paragraph space = new Paragraph(" ", BODY);
        space.setSpacingAfter(VisitsChart.HEIGHT - 10);
        return space;
    }
}

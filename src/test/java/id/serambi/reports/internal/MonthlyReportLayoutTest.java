package id.serambi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import id.serambi.cards.CardStatistics;
import id.serambi.frontoffice.VisitStats;
import id.serambi.internetroom.UsageStats;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.reports.DashboardFigures;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.surveys.IkmReport;

/** The monthly report as it looks: headings clear of the tables' borders, a chart a reader can read. */
class MonthlyReportLayoutTest {

    private static final float DPI = 144;
    private static final List<String> HEADINGS = List.of("Pengunjung menurut jenis", "Pengunjung menurut keperluan",
            "Kartu anggota", "Pengaduan menurut status");

    @Test
    void headingsStandClearOfTheTableBordersUnderThem() throws Exception {
        try (PDDocument document = Loader.loadPDF(aMonthsReport())) {
            List<TextPosition> glyphs = glyphs(document);
            BufferedImage page = new PDFRenderer(document).renderImage(0, DPI / 72);
            for (String heading : HEADINGS) {
                float[] box = box(glyphs, heading);
                int top = Math.round(box[1] * DPI / 72);
                int bottom = Math.round(box[2] * DPI / 72);
                for (int y = top; y <= bottom + 1; y++) {
                    assertThat(longestDarkRun(page, y)).as("a border line through heading '%s' at pixel row %d",
                            heading, y).isLessThan(page.getWidth() / 2);
                }
            }
        }
    }

    @Test
    void theVisitsChartNamesItsAxesAndScale() throws Exception {
        try (PDDocument document = Loader.loadPDF(aMonthsReport())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Tanggal", "Jumlah orang per hari");
            List<TextPosition> glyphs = glyphs(document);
            float[] chartTitle = box(glyphs, "Pengunjung per hari");
            float[] nextHeading = box(glyphs, "Pengunjung menurut jenis");
            List<String> between = words(glyphs, chartTitle[2], nextHeading[1]);
            assertThat(between).as("labels under the chart's title").contains("0", "42", "1", "31", "Tanggal");
        }
    }

    static byte[] aMonthsReport() throws IOException {
        Library lebak = new Library(LibraryId.of(1), "lebak", "Dinas Perpustakaan dan Kearsipan Kabupaten Lebak",
                "Pemkab Lebak", null, null, null, null, null, null, ZoneId.of("Asia/Jakarta"), List.of());
        LocalDate first = LocalDate.of(2026, 10, 1);
        List<VisitStats.Day> days = new ArrayList<>();
        for (int d = 0; d < 31; d++) {
            days.add(new VisitStats.Day(first.plusDays(d), d == 12 ? 42 : 5 + (d * 7) % 30));
        }
        VisitStats visits = new VisitStats(first, first.plusDays(30), 900, Map.of("NON_MEMBER", 600L, "GROUP", 300L),
                Map.of("READING", 700L, "INTERNET", 200L), days);
        UsageStats internet = new UsageStats(first, first.plusDays(30), 4, 180, Map.of(), Map.of(), Map.of());
        DashboardFigures figures = new DashboardFigures("lebak", first, first.plusDays(30), visits, internet,
                Map.of("umum", 4L), new CardStatistics.CardFigures(3, 2), Map.of("RECEIVED", 2L), 1,
                IkmReport.of(3, new long[] {12, 12, 12, 12, 12, 12, 12, 12, 12}),
                List.of(new DashboardFigures.MonthIkm(YearMonth.of(2026, 10), 3, new BigDecimal("100.00"))),
                List.of());
        List<Table> tables = List.of(
                new Table("visits-by-type", HEADINGS.get(0), List.of(List.of("Jenis", "Orang"),
                        List.of("Nonanggota", 600L), List.of("Rombongan", 300L))),
                new Table("visits-by-purpose", HEADINGS.get(1), List.of(List.of("Keperluan", "Orang"),
                        List.of("Membaca", 700L), List.of("Internet", 200L))),
                new Table("cards", HEADINGS.get(2), List.of(List.of("Langkah", "Jumlah"),
                        List.of("Dicetak", 3L), List.of("Diserahkan", 2L))),
                new Table("complaints-by-status", HEADINGS.get(3), List.of(List.of("Status", "Jumlah"),
                        List.of("Diterima", 2L))));
        byte[] pdf = MonthlyReportPdf.render(lebak, YearMonth.of(2026, 10), figures, tables,
                List.<String[]>of(new String[] {"Pengunjung", "900"}, new String[] {"Pengaduan", "2"}));
        Files.write(Path.of("target", "monthly-report-sample.pdf"), pdf); // to look at: pdftoppm -png -r 100
        return pdf;
    }

    private static List<TextPosition> glyphs(PDDocument document) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        return glyphs;
    }

    /** The box {left, top, bottom} (points from the page's top) of the text, descenders included. */
    private static float[] box(List<TextPosition> glyphs, String text) {
        StringBuilder all = new StringBuilder();
        glyphs.forEach(g -> all.append(g.getUnicode()));
        int at = all.indexOf(text);
        assertThat(at).as("'%s' on the first page", text).isNotNegative();
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (TextPosition g : glyphs.subList(at, at + text.length())) {
            float descent = -g.getFont().getFontDescriptor().getDescent() / 1000 * g.getFontSizeInPt();
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj() + descent);
        }
        return new float[] {glyphs.get(at).getXDirAdj(), top, bottom};
    }

    /** The words whose baseline lies between two heights (points from the top). */
    private static List<String> words(List<TextPosition> glyphs, float from, float to) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        TextPosition last = null;
        for (TextPosition g : glyphs) {
            boolean inside = g.getYDirAdj() > from && g.getYDirAdj() < to;
            boolean apart = last == null || Math.abs(g.getYDirAdj() - last.getYDirAdj()) > 1
                    || g.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 1.5f;
            if ((apart || !inside || g.getUnicode().isBlank()) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (inside && !g.getUnicode().isBlank()) {
                word.append(g.getUnicode());
            }
            last = g;
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static int longestDarkRun(BufferedImage page, int y) {
        int longest = 0;
        int run = 0;
        for (int x = 0; x < page.getWidth(); x++) {
            int rgb = page.getRGB(x, y);
            int grey = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
            run = grey < 140 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}

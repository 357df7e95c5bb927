package id.serambi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.serambi.cards.CardStatistics;
import id.serambi.frontoffice.VisitStats;
import id.serambi.internetroom.UsageStats;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.reports.DashboardFigures;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.surveys.IkmReport;

class MonthlyReportPdfTest {

    @Test
    void rendersTheMonthsFiguresAsTextInBahasaIndonesia() throws Exception {
        Library lebak = new Library(LibraryId.of(1), "lebak", "Dinas Perpustakaan dan Kearsipan Kabupaten Lebak",
                "Pemkab Lebak", null, null, null, null, null, null, ZoneId.of("Asia/Jakarta"), List.of());
        LocalDate first = LocalDate.of(2026, 10, 1);
        VisitStats visits = new VisitStats(first, first.plusDays(1), 37, Map.of("NON_MEMBER", 7L, "GROUP", 30L),
                Map.of("READING", 37L), List.of(new VisitStats.Day(first, 7), new VisitStats.Day(first.plusDays(1), 30)));
        UsageStats internet = new UsageStats(first, first.plusDays(1), 4, 180, Map.of(), Map.of(), Map.of());
        DashboardFigures figures = new DashboardFigures("lebak", first, first.plusDays(1), visits, internet,
                Map.of("umum", 4L), new CardStatistics.CardFigures(3, 2), Map.of("RECEIVED", 2L), 1, IkmReport.of(3, new long[] {12, 12, 12, 12, 12, 12, 12, 12, 12}),
                List.of(new DashboardFigures.MonthIkm(YearMonth.of(2026, 10), 3, new BigDecimal("100.00"))),
                List.of());
        List<Table> tables = List.of(new Table("visits-by-type", "Pengunjung menurut jenis",
                List.of(List.of("Jenis", "Orang"), List.of("Rombongan", 30L))));

        byte[] pdf = MonthlyReportPdf.render(lebak, YearMonth.of(2026, 10), figures, tables,
                List.<String[]>of(new String[] {"Pengunjung", "37"}));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("LAPORAN BULANAN", "Kabupaten Lebak", "Oktober 2026", "Pengunjung", "37",
                    "Rombongan", "30");
        }
    }
}

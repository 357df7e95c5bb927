package id.serambi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.serambi.reports.internal.ReportTables.Table;

class ExportsTest {

    final Table visits = new Table("visits-by-day", "Pengunjung per hari", List.of(
            List.of("Tanggal", "Orang"), List.of("2026-11-01", 12), List.of("=HYPERLINK(\"x\")", 3)));

    @Test
    void writesCsvWithQuotedCellsAndDefusesFormulas() {
        String csv = Exports.csv(visits);

        assertThat(csv).startsWith("\"Tanggal\",\"Orang\"\r\n\"2026-11-01\",\"12\"\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void keepsNegativeLookingTextSafeButNumbersAsNumbers() {
        assertThat(Exports.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(Exports.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Exports.cell(-5)).isEqualTo("\"-5\"");
    }

    @Test
    void writesAnExcelWorkbookWithOneSheetPerTable() throws Exception {
        byte[] xlsx = Exports.xlsx(List.of(visits, new Table("other", "Lain: [uji]/?", List.of(List.of("A")))));

        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        long sheets;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            sheets = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count();
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(sheets).isEqualTo(2L);
        assertThat(Exports.sheetName("Lain: [uji]/?")).doesNotContain(":", "[", "]", "/", "?");
    }
}

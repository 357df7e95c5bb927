package id.serambi.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.zip.ZipInputStream;

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

        int sheets = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                sheets += entry.getName().startsWith("xl/worksheets/sheet") ? 1 : 0;
            }
        }
        assertThat(sheets).isEqualTo(2);
        assertThat(Exports.sheetName("Lain: [uji]/?")).doesNotContain(":", "[", "]", "/", "?");
    }
}

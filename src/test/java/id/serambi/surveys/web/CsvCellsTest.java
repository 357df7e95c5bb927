package id.serambi.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsFormulas() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvCells.cell("+62812")).isEqualTo("'+62812");
        assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
        assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.cell("Layanan KTA")).isEqualTo("Layanan KTA");
    }

    @Test
    void quotesCellsWithSeparatorsAndEndsRowsWithCrLf() {
        assertThat(CsvCells.row(List.of("a,b", 3))).isEqualTo("\"a,b\",3\r\n");
    }
}

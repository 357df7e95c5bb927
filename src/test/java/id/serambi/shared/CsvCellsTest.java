package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreTurnedIntoText() {
        assertThat(CsvCells.line(Arrays.asList("=1+1", "+62812", "-5", "@SUM(A1)", "\tx", "aman", null)))
                .isEqualTo("\"'=1+1\",\"'+62812\",\"'-5\",\"'@SUM(A1)\",\"'\tx\",\"aman\",\"\"\r\n");
    }

    @Test
    void quotesInsideACellAreDoubled() {
        assertThat(CsvCells.line(Arrays.asList("kata \"kutip\", koma"))).isEqualTo("\"kata \"\"kutip\"\", koma\"\r\n");
    }
}

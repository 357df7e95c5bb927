package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The CSV reader and writer over generated text: round trips, defused formulas, no exception on any input. */
class CsvPropertiesTest {

    @Property(tries = 1000)
    void whatTheWriterWritesTheReaderReadsBackDefused(@ForAll("tables") List<List<String>> table) {
        StringBuilder csv = new StringBuilder();
        table.forEach(row -> csv.append(CsvWriter.row(row)));

        List<List<String>> read = readAll(csv.toString(), ',');

        List<List<String>> expected = table.stream().map(row -> row.stream().map(CsvWriter::defused).toList())
                .toList();
        assertThat(read).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void alwaysQuotedCellsReadBackToo(@ForAll("tables") List<List<String>> table) {
        StringBuilder csv = new StringBuilder();
        table.forEach(row -> csv.append(String.join(";", row.stream().map(CsvWriter::quoted).toList())).append("\n"));

        assertThat(readAll(csv.toString(), ';')).isEqualTo(
                table.stream().map(row -> row.stream().map(CsvWriter::defused).toList()).toList());
    }

    @Property(tries = 2000)
    void noExportedTextCellStartsAsAFormula(@ForAll("cells") String text) {
        String defused = CsvWriter.defused(text);

        assertThat(defused).endsWith(text);
        if (!defused.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(defused.substring(0, 1));
        }
        List<List<String>> read = readAll(CsvWriter.row(List.of(text)), ',');
        assertThat(read.getFirst().getFirst()).isEqualTo(defused);
    }

    @Property(tries = 2000)
    void theReaderAnswersAnyInputWithoutAnExceptionAndEndsAtItsEnd(@ForAll("anyCsv") String input) {
        List<List<String>> records = readAll(input, ',');

        assertThat(records.size()).isLessThanOrEqualTo(input.length());
        assertThat(records).allSatisfy(record -> assertThat(record).isNotEmpty());
    }

    @Test
    void defusesCellsThatASpreadsheetWouldRunAsFormulasButNotNumbers() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("+62812")).isEqualTo("'+62812");
        assertThat(CsvWriter.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvWriter.quoted("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvWriter.row(List.of("a,b", 3))).isEqualTo("\"a,b\",3\r\n");
    }

    static List<List<String>> readAll(String csv, char separator) {
        CsvReader reader = new CsvReader(new StringReader(csv), separator);
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("=+-@\t\r\n\",;'a1 ").ofMaxLength(12),
                Arbitraries.of("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=x", "\r=x", "=HYPERLINK(\"http://evil\")",
                        "=cmd|' /C calc'!A0"));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.oneOf(cells(), Arbitraries.strings().withChars("ab,;\"\r\n ").ofMaxLength(8));
        return cell.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> anyCsv() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withChars("\"\r\n,a ").ofMaxLength(40));
    }
}

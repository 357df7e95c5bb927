package id.serambi.shared;

import static id.serambi.support.RandomInputs.between;
import static id.serambi.support.RandomInputs.show;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import id.serambi.support.RandomInputs;

/**
 * The CSV reader and writer over seeded-random text plus edge cases: round trips, defused formulas, no exception on
 * any input. A failure names its seed and case.
 */
class CsvPropertiesTest {

    static final List<String> FORMULAS = List.of("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=x", "\r=x",
            "=HYPERLINK(\"http://evil\")", "=cmd|' /C calc'!A0");

    @Test
    void whatTheWriterWritesTheReaderReadsBackDefused() {
        long seed = 4_001;
        List<List<List<String>>> tables = tables(new Random(seed), 1000);
        for (int i = 0; i < tables.size(); i++) {
            List<List<String>> table = tables.get(i);
            StringBuilder csv = new StringBuilder();
            table.forEach(row -> csv.append(CsvWriter.row(row)));

            assertThat(readAll(csv.toString(), ',')).as("seed %d case %d: %s", seed, i, show(table.toString()))
                    .isEqualTo(defused(table));
        }
    }

    @Test
    void alwaysQuotedCellsReadBackToo() {
        long seed = 4_002;
        List<List<List<String>>> tables = tables(new Random(seed), 1000);
        for (int i = 0; i < tables.size(); i++) {
            List<List<String>> table = tables.get(i);
            StringBuilder csv = new StringBuilder();
            table.forEach(row -> csv.append(String.join(";", row.stream().map(CsvWriter::quoted).toList()))
                    .append("\n"));

            assertThat(readAll(csv.toString(), ';')).as("seed %d case %d: %s", seed, i, show(table.toString()))
                    .isEqualTo(defused(table));
        }
    }

    @Test
    void noExportedTextCellStartsAsAFormula() {
        long seed = 4_003;
        Random random = new Random(seed);
        List<String> cells = new ArrayList<>(RandomInputs.EDGE_TEXTS);
        cells.addAll(FORMULAS);
        while (cells.size() < 2000) {
            cells.add(cell(random));
        }
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i);
            String why = "seed %d case %d: %s".formatted(seed, i, show(text));
            String defused = CsvWriter.defused(text);

            assertThat(defused).as(why).endsWith(text);
            if (!defused.isEmpty()) {
                assertThat("=+-@\t\r").as(why).doesNotContain(defused.substring(0, 1));
            }
            assertThat(readAll(CsvWriter.row(List.of(text)), ',').getFirst().getFirst()).as(why).isEqualTo(defused);
        }
    }

    @Test
    void theReaderAnswersAnyInputWithoutAnExceptionAndEndsAtItsEnd() {
        long seed = 4_004;
        Random random = new Random(seed);
        List<String> inputs = new ArrayList<>(RandomInputs.EDGE_TEXTS);
        inputs.addAll(List.of("\"", "\"\"", "\"a", "a\"b", ",", "\r", "\r\n\r\n", "\"\r\n", "a,\"b\"c,d",
                "\"".repeat(40)));
        while (inputs.size() < 2000) {
            inputs.add(random.nextBoolean() ? RandomInputs.anyText(random, 60)
                    : RandomInputs.textOf(random, "\"\r\n,a ", 0, 40));
        }
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            String why = "seed %d case %d: %s".formatted(seed, i, show(input));
            List<List<String>> records = readAll(input, ',');

            assertThat(records.size()).as(why).isLessThanOrEqualTo(input.length());
            assertThat(records).as(why).allSatisfy(record -> assertThat(record).isNotEmpty());
        }
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

    private static List<List<String>> defused(List<List<String>> table) {
        return table.stream().map(row -> row.stream().map(CsvWriter::defused).toList()).toList();
    }

    /** Any text, text of the characters CSV and spreadsheets care about, or a known formula. */
    private static String cell(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> RandomInputs.anyText(random, 30);
            case 1 -> RandomInputs.textOf(random, "=+-@\t\r\n\",;'a1 ", 0, 12);
            default -> RandomInputs.oneOf(random, FORMULAS);
        };
    }

    /** Tables of 1–6 rows of 1–6 cells, after a few edge tables (one empty cell, only separators and quotes). */
    private static List<List<List<String>>> tables(Random random, int count) {
        List<List<List<String>>> tables = new ArrayList<>(List.of(List.of(List.of("")), List.of(List.of("", "")),
                List.of(List.of(",", ";"), List.of("\"", "\r\n")), List.of(List.of("x".repeat(30)), FORMULAS)));
        while (tables.size() < count) {
            List<List<String>> table = new ArrayList<>();
            for (int rows = between(random, 1, 6); rows > 0; rows--) {
                List<String> row = new ArrayList<>();
                for (int cells = between(random, 1, 6); cells > 0; cells--) {
                    row.add(random.nextBoolean() ? cell(random) : RandomInputs.textOf(random, "ab,;\"\r\n ", 0, 8));
                }
                table.add(row);
            }
            tables.add(table);
        }
        return tables;
    }
}

package id.serambi.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.serambi.imports.ImportFileException;
import id.serambi.imports.Preset;
import id.serambi.imports.Upload;

/** The old systems' files as they write them: recognised, and their escaping undone. */
class OldSystemFormatsTest {

    @TempDir
    Path dir;

    @Test
    void slimsExportValuesAreUnescapedAsMysqlEscapedThem() {
        List<String> row = new MysqlEscapedRecords(new StringReader(
                "\"Nur\\'aini\",\"Ahmad \\\"Dedi\\\" Kurnia\",\"Jl. A\\nRangkas\",\"C:\\\\x\",\"\"\n"), ',', '"').next();
        assertThat(row).containsExactly("Nur'aini", "Ahmad \"Dedi\" Kurnia", "Jl. A\nRangkas", "C:\\x", "");
    }

    @Test
    void slimsExportIsRecognisedWithAndWithoutItsHeaderRow() throws IOException {
        Upload headed = scan("slims-9.7.0-member-export-header.csv");
        Upload bare = scan("slims-9.7.0-member-export.csv");
        for (Upload upload : List.of(headed, bare)) {
            assertThat(upload.detected()).isEqualTo(Preset.SLIMS_EXPORT);
            assertThat(upload.dialect()).isEqualTo(Upload.Dialect.MYSQL_ESCAPED);
            assertThat(upload.header()).isEqualTo(Preset.SLIMS_EXPORT_COLUMNS);
            assertThat(upload.rows()).isEqualTo(6);
        }
        assertThat(headed.headerRow()).isTrue();
        assertThat(bare.headerRow()).isFalse();
        assertThat(bare.valuesOf("member_type_name")).containsExactlyInAnyOrder("Umum", "Pelajar", "Standard");
    }

    @Test
    void theMemberTableIsReadOutOfADumpAndOtherTablesAreLeftAlone() throws IOException {
        Upload dump = scan("slims-9.7.0-backup.sql");
        assertThat(dump.dialect()).isEqualTo(Upload.Dialect.SQL_DUMP);
        assertThat(dump.detected()).isEqualTo(Preset.SLIMS);
        assertThat(dump.rows()).isEqualTo(6);
        assertThat(dump.header()).startsWith("member_id", "member_name", "gender", "birth_date").hasSize(25);
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file("slims-9.7.0-backup.sql"))) {
            Records records = CsvFiles.records(in, dump);
            for (List<String> row = records.next(); row != null; row = records.next()) {
                rows.add(row);
            }
        }
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).get(1)).isEqualTo("Ahmad \"Dedi\" Kurnia");
        assertThat(rows.get(2).get(5)).isEmpty();
        assertThat(rows.get(5).get(18)).isEqualTo("Guru; pinjam \\ kembali tepat waktu");
        assertThat(scan("inlislite-3-members.sql").detected()).isEqualTo(Preset.INLISLITE);
    }

    @Test
    void inlisliteMemberReportSavedByExcelIsRecognised() throws IOException {
        Upload report = scan("inlislite-3-laporan-anggota.csv");
        assertThat(report.detected()).isEqualTo(Preset.INLISLITE_ANGGOTA);
        assertThat(report.separator()).isEqualTo(';');
        assertThat(report.rows()).isEqualTo(4);
    }

    @Test
    void aLatin1ByteIsReportedWithItsLineAndReadWhenTheEncodingIsChosen() throws IOException {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "nama;lahir\nBudi;1990-01-02\nJos\u00e9;1991-02-03\n".getBytes(StandardCharsets.ISO_8859_1));
        try {
            CsvFiles.scan("a", "latin.csv", latin, StandardCharsets.UTF_8);
            throw new AssertionError("read as UTF-8");
        } catch (ImportFileException refused) {
            assertThat(refused.messageKey()).isEqualTo("imports.file.encodingAt");
            assertThat(refused.args()).containsExactly(3L);
        }
        assertThat(CsvFiles.scan("a", "latin.csv", latin, java.nio.charset.Charset.forName("windows-1252"))
                .valuesOf("nama")).contains("Jos\u00e9");
    }

    private Upload scan(String fixture) throws IOException {
        return CsvFiles.scan("id", fixture, file(fixture), StandardCharsets.UTF_8);
    }

    private Path file(String fixture) throws IOException {
        Path file = dir.resolve(fixture);
        if (!Files.exists(file)) {
            try (InputStream in = getClass().getResourceAsStream("/imports/" + fixture)) {
                Files.copy(in, file);
            }
        }
        return file;
    }
}

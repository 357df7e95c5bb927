package id.serambi.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.imports.internal.Uploads;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.support.IntegrationTest;

@IntegrationTest
class ImportRunIT {

    @Autowired
    ImportService imports;

    @Autowired
    ImportCommand command;

    @Autowired
    Uploads uploads;

    @Autowired
    LibraryService libraries;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportThatFailsHalfwayLeavesNothingHalfImported() throws IOException {
        Library lebak = libraries.require("lebak");
        ImportFixtures.Generated file = ImportFixtures.aFile("slims", 10_200, 0);
        Upload upload;
        try (InputStream in = Files.newInputStream(file.file())) {
            upload = imports.upload(lebak, "halfway.csv", in);
        }
        // The file goes bad after the first batch of 10,000 rows has been written inside the transaction.
        Files.write(uploads.file(lebak.id(), upload.id()), new byte[] {(byte) 0xC3, (byte) 0x28, '\n'},
                StandardOpenOption.APPEND);

        ImportRun run = imports.runNow(lebak, upload.id(), ColumnMapping.of(Preset.SLIMS, "umum"));

        assertThat(run.status()).isEqualTo(ImportRun.Status.FAILED);
        assertThat(run.failure()).isEqualTo("imports.file.encoding");
        assertThat(run.imported()).isZero();
        assertThat(count("select count(*) from member_history where note like ?", "IMPORT " + run.id() + " %"))
                .isZero();
        assertThat(count("select count(*) from member where member_number like ?", file.prefix() + "%")).isZero();
        assertThat(count("select count(*) from frontoffice_member_card where member_number like ?",
                file.prefix() + "%")).isZero();
        assertThat(count("select count(*) from card_member where member_number like ?", file.prefix() + "%"))
                .isZero();
    }

    @Test
    void theCommandLineImportsAFileAndWritesTheRejectedRowsInTheChosenLanguage() throws Exception {
        ImportFixtures.Generated file = ImportFixtures.aFile("inlislite", 300, 10);
        Path report = Files.createTempFile("rejected", ".csv");
        try {
            command.run(new DefaultApplicationArguments("import", "--library=lebak", "--preset=inlislite",
                    "--type=1=umum", "--type=2=umum", "--type=3=umum", "--report=" + report, "--lang=en",
                    file.file().toString()));
        } finally {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
        }
        List<String> lines = Files.readAllLines(report);
        assertThat(lines.getFirst()).startsWith("Row,Column,Reason,ID,MemberNo,Fullname");
        assertThat(ImportApiIT.report(lines)).hasSize((int) file.badRows());
        assertThat(count("select count(*) from member where member_number like ?", file.prefix() + "%"))
                .isEqualTo(file.rows() - file.badRows() - renumberedOf(file));
    }

    private long renumberedOf(ImportFixtures.Generated file) {
        return count("""
                select count(*) from member where ? = any(select split_part(w, ':', 1) from unnest(warnings) w)
                  and exists (select 1 from unnest(warnings) w where w like ?)""", "imports.warning.renumbered",
                "%:" + file.prefix() + "%");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}

package id.serambi.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import id.serambi.accounts.AccountService;
import id.serambi.backup.internal.BackupWriter;
import id.serambi.backup.internal.RestoreReader;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.database.EmbeddedPostgresServer;
import id.serambi.shared.security.Role;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestDataDirectory;

@IntegrationTest
class BackupRestoreIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @TempDir
    Path temp;

    @Test
    void restoresEveryRowAndFileOnAFreshDatabase() throws Exception {
        String username = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.KASI);
        Path key = TestDataDirectory.root().resolve("keys/backup-test.key");
        Files.createDirectories(key.getParent());
        Files.write(key, new byte[] {1, 2, 3, 42});
        Path backup = temp.resolve("serambi-backup.zip");

        Map<String, Long> written;
        try (OutputStream out = Files.newOutputStream(backup)) {
            written = new BackupWriter(dataSource, TestDataDirectory.root()).writeTo(out);
        }

        Path freshData = Files.createDirectories(temp.resolve("fresh"));
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(freshData.resolve("postgres"), false)) {
            DataSource target = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), "");
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();

            Map<String, Long> restored = new RestoreReader(target, freshData).restoreFrom(backup);

            assertThat(restored).isEqualTo(written);
            assertThat(written.get("library")).isEqualTo(5);
            JdbcTemplate jdbc = new JdbcTemplate(target);
            assertThat(jdbc.queryForObject("select count(*) from staff_account where username = ?", Integer.class,
                    username)).isEqualTo(1);
            assertThat(Files.readAllBytes(freshData.resolve("keys/backup-test.key"))).containsExactly(1, 2, 3, 42);
            // The name-search word list is not in the backup: the members' trigger writes it again on restore.
            assertThat(jdbc.queryForObject("""
                    select count(*) from member m, unnest(member_name_words(m.full_name)) as w
                    where not exists (select 1 from member_name_word d where d.library_id = m.library_id
                        and d.word = w)""", Long.class)).isZero();
            jdbc.update("insert into library_holiday (library_id, day, name) values (1, ?, 'Uji')",
                    java.sql.Date.valueOf(LocalDate.of(2031, 1, 2)));
            assertThat(jdbc.queryForObject("select count(*) from library", Integer.class)).isEqualTo(5);
            jdbc.update("insert into staff_account (username, password_hash, full_name) values ('baru-sesudah', 'x', 'B')");
        } finally {
            Files.deleteIfExists(key);
        }
    }

    @Test
    void refusesABackupThatWouldWriteOutsideTheDataDirectory() throws Exception {
        Path backup = temp.resolve("evil.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            entry(zip, "manifest.json", "{\"schemaVersion\":\"" + currentVersion() + "\",\"tables\":{}}");
            entry(zip, "files/../../escaped.txt", "gotcha");
        }
        Path data = Files.createDirectories(temp.resolve("data"));

        assertThatThrownBy(() -> restoreIntoFreshDatabase(backup, data)).hasMessageContaining("outside");
        assertThat(temp.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void refusesABackupOfAnotherSchemaVersion() throws Exception {
        Path backup = temp.resolve("old.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(backup))) {
            entry(zip, "manifest.json", "{\"schemaVersion\":\"1\",\"tables\":{}}");
        }

        assertThatThrownBy(() -> restoreIntoFreshDatabase(backup, temp)).hasMessageContaining("schema version 1");
    }

    private void restoreIntoFreshDatabase(Path backup, Path data) throws Exception {
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(temp.resolve("pg"), false)) {
            DataSource target = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), "");
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
            new RestoreReader(target, data).restoreFrom(backup);
        }
    }

    private String currentVersion() {
        return new JdbcTemplate(dataSource).queryForObject("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""", String.class);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}

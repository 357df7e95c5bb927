package id.serambi.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import id.serambi.accounts.AccountService;
import id.serambi.backup.internal.BackupWriter;
import id.serambi.backup.internal.DataKey;
import id.serambi.backup.internal.RestoreReader;
import id.serambi.backup.internal.WrongDataKeyException;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberFixtures;
import id.serambi.membership.internal.DataCiphers;
import id.serambi.shared.database.EmbeddedPostgresServer;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestDataDirectory;
import id.serambi.support.TestUsers;

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

    @LocalServerPort
    int port;

    final Map<String, String> niks = new java.util.HashMap<>();

    @Test
    void restoresEveryRowAndFileOnAFreshDatabase() throws Exception {
        String username = StaffFixtures.aStaffMember(accounts, libraries, "barut", Role.KASI);
        String memberNumber = aMemberWithNik();
        Path extra = TestDataDirectory.root().resolve("extra/backup-test.bin");
        Files.createDirectories(extra.getParent());
        Files.write(extra, new byte[] {1, 2, 3, 42});
        Path backup = temp.resolve("serambi-backup.zip");

        Map<String, Long> written;
        try (OutputStream out = Files.newOutputStream(backup)) {
            written = new BackupWriter(dataSource, TestDataDirectory.root(), currentKey()).writeTo(out);
        }

        Path freshData = Files.createDirectories(temp.resolve("fresh"));
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(freshData.resolve("postgres"), false)) {
            DataSource target = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), "");
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();

            Map<String, Long> restored = new RestoreReader(target, freshData).restoreFrom(backup, currentKey(), true);

            assertThat(restored).isEqualTo(written);
            assertThat(written.get("library")).isEqualTo(5);
            JdbcTemplate jdbc = new JdbcTemplate(target);
            assertThat(jdbc.queryForObject("select count(*) from staff_account where username = ?", Integer.class,
                    username)).isEqualTo(1);
            assertThat(Files.readAllBytes(freshData.resolve("extra/backup-test.bin"))).containsExactly(1, 2, 3, 42);
            // The key given to restore is put where a server started on the restored directory reads it.
            assertThat(DataCiphers.nik(freshData, jdbc.queryForObject(
                    "select nik_cipher from member where member_number = ?", byte[].class, memberNumber)))
                    .isEqualTo(nikOf(memberNumber));
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
            Files.deleteIfExists(extra);
        }
    }

    @Test
    void keepsTheDataKeyOutOfTheBackup() throws Exception {
        aMemberWithNik();
        DataKey key = currentKey();
        byte[] raw = Base64.getDecoder().decode(key.base64());
        Path backup = temp.resolve("serambi-backup.zip");
        try (OutputStream out = Files.newOutputStream(backup)) {
            new BackupWriter(dataSource, TestDataDirectory.root(), key).writeTo(out);
        }

        List<String> forms = List.of(key.base64(), Base64.getUrlEncoder().encodeToString(raw),
                Base64.getEncoder().withoutPadding().encodeToString(raw), HexFormat.of().formatHex(raw));
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.add(entry.getName());
                byte[] content;
                try (var in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                String text = new String(content, StandardCharsets.ISO_8859_1);
                assertThat(text).as(entry.getName()).doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
                for (String form : forms) {
                    assertThat(text.toLowerCase(java.util.Locale.ROOT)).as(entry.getName())
                            .doesNotContain(form.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        assertThat(entries).contains("db/member.csv", "manifest.json").noneMatch(name -> name.startsWith("files/keys/"));
    }

    @Test
    void refusesARestoreWithAnotherDataKeyBeforeTouchingAnything() throws Exception {
        aMemberWithNik();
        Path extra = TestDataDirectory.root().resolve("extra/backup-test.bin");
        Files.createDirectories(extra.getParent());
        Files.write(extra, new byte[] {7});
        Path backup = temp.resolve("serambi-backup.zip");
        try (OutputStream out = Files.newOutputStream(backup)) {
            new BackupWriter(dataSource, TestDataDirectory.root(), currentKey()).writeTo(out);
        } finally {
            Files.deleteIfExists(extra);
        }
        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        DataKey wrong = DataKey.of(Base64.getEncoder().encodeToString(other));

        Path freshData = Files.createDirectories(temp.resolve("fresh"));
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(freshData.resolve("postgres"), false)) {
            DataSource target = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), "");
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(target);
            jdbc.update("insert into staff_account (username, password_hash, full_name) values ('sebelum', 'x', 'S')");

            assertThatThrownBy(() -> new RestoreReader(target, freshData).restoreFrom(backup, wrong, true))
                    .isInstanceOf(WrongDataKeyException.class)
                    .hasMessageContaining("Wrong data key").hasMessageContaining(currentKey().fingerprint())
                    .hasMessageContaining(wrong.fingerprint()).hasMessageContaining("Nothing was restored");

            assertThat(jdbc.queryForList("select username from staff_account", String.class))
                    .containsExactly("sebelum");
            assertThat(jdbc.queryForObject("select count(*) from member", Long.class)).isZero();
            assertThat(freshData.resolve("extra")).doesNotExist();
            assertThat(freshData.resolve("keys")).doesNotExist();
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
            new RestoreReader(target, data).restoreFrom(backup, currentKey(), true);
        }
    }

    private String aMemberWithNik() {
        String staff = StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS);
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        Api.Response created = Api.on(port).as(staff, TestUsers.PASSWORD).post("/api/v1/libraries/lebak/members",
                application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        niks.put(number, (String) application.get("nik"));
        return number;
    }

    private String nikOf(String memberNumber) {
        return niks.get(memberNumber);
    }

    private static DataKey currentKey() throws IOException {
        return DataKey.read(TestDataDirectory.root().resolve(DataKey.FILE));
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

package id.serambi.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.accounts.AccountService;
import id.serambi.backup.internal.DataKey;
import id.serambi.backup.internal.RestoreReader;
import id.serambi.frontoffice.MemberCardFixtures;
import id.serambi.frontoffice.MemberCardFixtures.TestMember;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.database.EmbeddedPostgresServer;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestDataDirectory;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A backup made through the API of the running server while the desks keep checking visitors in. */
@IntegrationTest
class BackupWhileServingIT {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService libraries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileVisitsAreWrittenIsOneConsistentMoment() throws Exception {
        LibraryId lebak = libraries.require("lebak").id();
        Api desk = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
        ConcurrentLinkedQueue<TestMember> cards = new ConcurrentLinkedQueue<>();
        MemberCardFixtures members = new MemberCardFixtures(events, transaction);
        for (int i = 0; i < 150; i++) {
            cards.add(members.aValidMember(lebak));
        }
        Set<String> ours = new HashSet<>(cards.stream().map(TestMember::number).toList());
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService desks = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean guests = t % 2 == 0;
            running.add(desks.submit(() -> {
                while (writing.get()) {
                    TestMember card = guests ? null : cards.poll();
                    Api.Response visit = desk.post("/api/v1/libraries/lebak/visits", card == null
                            ? Map.of("visitorType", "NON_MEMBER", "name", "Tamu Uji", "institution", "SMAN 1",
                                    "purpose", "READING")
                            : Map.of("memberNumber", card.number(), "purpose", "READING"));
                    assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
                    acknowledged.add(visit.json().get("visitId").asLong());
                }
                return null;
            }));
        }
        while (acknowledged.size() < 50) {
            Thread.sleep(20);
        }

        Set<Long> beforeBackup = new HashSet<>(acknowledged);
        Api.Response made = Api.on(port).asAdmin().post("/api/v1/backups", "");
        Set<Long> duringBackup = new HashSet<>(acknowledged);
        duringBackup.removeAll(beforeBackup);
        Thread.sleep(200);
        writing.set(false);
        for (Future<?> desk1 : running) {
            desk1.get();
        }
        desks.shutdown();

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String name = made.json().get("name").asString();
        assertThat(made.header("Location")).isEqualTo("/api/v1/backups/" + name);
        assertThat(duringBackup).as("visits acknowledged while the backup ran").isNotEmpty();
        assertThat(Api.on(port).asAdmin().get("/api/v1/backups").json().findValuesAsString("name")).contains(name);
        Api.Response download = Api.on(port).asAdmin().get("/api/v1/backups/" + name);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/zip");
        Path backup = Files.write(temp.resolve(name), download.bytes());

        Path freshData = Files.createDirectories(temp.resolve("fresh"));
        try (EmbeddedPostgresServer fresh = EmbeddedPostgresServer.start(freshData.resolve("postgres"), false)) {
            DataSource target = new DriverManagerDataSource(fresh.jdbcUrl(), fresh.user(), "");
            Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
            new RestoreReader(target, freshData).restoreFrom(backup,
                    DataKey.read(TestDataDirectory.root().resolve(DataKey.FILE)), true);
            JdbcTemplate restored = new JdbcTemplate(target);
            Set<Long> ids = new HashSet<>(restored.queryForList("select id from visit where library_id = ?",
                    Long.class, lebak.value()));

            assertThat(ids).as("every visit acknowledged before the backup began").containsAll(beforeBackup);
            assertThat(new HashSet<>(new JdbcTemplate(dataSource).queryForList(
                    "select id from visit where library_id = ?", Long.class, lebak.value())))
                    .as("nothing in the backup that the server does not have").containsAll(ids);
            assertThat(restored.queryForObject("select count(*) from visit", Long.class))
                    .isEqualTo(manifestCount(backup, "visit"));
            // A member's first visit and the mark on the card are written in one transaction: one moment has both
            Set<String> marked = new HashSet<>(restored.queryForList("""
                    select member_number from frontoffice_member_card where library_id = ?
                    and first_scanned_at is not null""", String.class, lebak.value()));
            Set<String> visited = new HashSet<>(restored.queryForList("""
                    select member_number from visit where library_id = ? and visitor_type = 'MEMBER'""",
                    String.class, lebak.value()));
            marked.retainAll(ours);
            visited.retainAll(ours);
            assertThat(visited).as("members of this test with a visit in the backup").isNotEmpty()
                    .isEqualTo(marked);
            assertThat(restored.queryForObject("""
                    select count(*) from visit v where not exists (select 1 from library l where l.id = v.library_id)
                    """, Long.class)).isZero();
        }
    }

    private static long manifestCount(Path backup, String table) throws Exception {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            JsonNode manifest = JsonMapper.builder().build().readTree(zip.getInputStream(zip.getEntry(
                    "manifest.json")));
            return manifest.get("tables").get(table).asLong();
        }
    }
}

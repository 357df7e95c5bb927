package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.serambi.libraries.LibraryId;
import id.serambi.support.IntegrationTest;

/**
 * New name words wait in the GIN indexes' pending lists, which every name search reads whole, until they are merged:
 * the merge job keeps them short, and leaves them to an import while one writes.
 */
@IntegrationTest
class NameIndexesIT {

    @Autowired
    NameIndexes nameIndexes;

    @Autowired
    MemberSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private final String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private int lebak;

    @BeforeEach
    void pendingListsCanBeCounted() {
        jdbc.execute("create extension if not exists pgstattuple");
        lebak = jdbc.queryForObject("select id from library where code = 'lebak'", Integer.class);
    }

    @AfterEach
    void removeTheMembers() {
        jdbc.update("delete from member where full_name like ?", marker + "%");
    }

    @Test
    void pendingNameEntriesAreMergedExceptWhileAnImportWrites() throws Exception {
        // Autovacuum merges pending lists too (after the suite's imports it may come by at any moment); here only the
        // job may.
        jdbc.execute("alter table member set (autovacuum_enabled = false)");
        try {
            pendingEntriesWaitWhileAnImportWrites();
        } finally {
            jdbc.execute("alter table member reset (autovacuum_enabled)");
        }
    }

    private void pendingEntriesWaitWhileAnImportWrites() throws Exception {
        try (Connection anImport = anImportWriting()) {
            insertMembers(lebak, 200);

            assertThat(pendingEntries()).as("left pending while an import writes").isGreaterThanOrEqualTo(200);
            assertThat(nameIndexes.mergeUnlessImporting()).isEqualTo(-1);
            Thread.sleep(2_500);
            assertThat(pendingEntries()).as("the job left them too").isGreaterThanOrEqualTo(200);
            anImport.commit();
        }

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (pendingEntries() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(pendingEntries()).as("merged by the job within seconds of the import's end").isZero();
        // Found through the merged index, typo and all.
        MemberSearch.Page found = search.search(new LibraryId(lebak), marker.toLowerCase() + "7 Wulandri", 0, 20);
        assertThat(found.items()).isNotEmpty();
        assertThat(found.items().getFirst().fullName()).isEqualTo(marker + "7 Wulandari");
    }

    @Test
    void afterAnImportItsEntriesAreMergedAtOnceWhateverElseWrites() throws Exception {
        try (Connection anotherImport = anImportWriting()) {
            insertMembers(lebak, 50);

            assertThat(nameIndexes.merge()).isPositive();
            assertThat(pendingEntries()).isZero();
            anotherImport.rollback();
        }
    }

    /** A connection in a transaction that holds the lock every import's transaction holds. */
    private Connection anImportWriting() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock_shared(" + NameIndexes.IMPORT_LOCK + ")");
        }
        return connection;
    }

    private void insertMembers(int library, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("""
                    insert into member (library_id, member_number, channel, full_name, nik_cipher, nik_index,
                        nik_masked, birth_date, sex, address, category_code, status, registered_on)
                    values (?, ?, 'DESK', ?, '\\x00', ?, '3602**********01', date '1990-01-01', 'F', 'Jl. Uji 1',
                        'umum', 'APPROVED', current_date)""",
                    library, marker + "-" + i, marker + i + " Wulandari", UUID.randomUUID().toString().getBytes());
        }
    }

    private long pendingEntries() {
        return jdbc.queryForObject("select (pgstatginindex('member_name_keys')).pending_tuples", Long.class);
    }
}

package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.libraries.LibraryId;
import id.serambi.support.IntegrationTest;

/**
 * A name search reads its own library's members only: the name-words index is keyed by library and word. Keyed by the
 * word alone, a search in a small library read every library's members holding the word and dropped the others' (a
 * library of 50,000 searched as slowly as the one of a million beside it). Counted with PostgreSQL's statistics of the
 * current transaction (rows fetched from {@code member}), in a transaction rolled back.
 */
@IntegrationTest
class NameSearchLibraryIT {

    private static final int OTHER_LIBRARY_HOLDERS = 400;

    @Autowired
    MemberSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSearchDoesNotReadAnotherLibrarysMembersHoldingTheWord() {
        String word = "Zq" + ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        transaction.executeWithoutResult(status -> {
            int lebak = jdbc.queryForObject("select id from library where code = 'lebak'", Integer.class);
            int sidoarjo = jdbc.queryForObject("select id from library where code = 'sidoarjo'", Integer.class);
            insertMembers(sidoarjo, word + " Wulandari", OTHER_LIBRARY_HOLDERS);
            insertMembers(lebak, word + " Wulandari", 3);
            // Enough other members that PostgreSQL reads the index of name words rather than the whole library.
            insertMembers(lebak, "Anggota Lain", 20_000);
            jdbc.execute("analyze member");

            long before = rowsRead();
            MemberSearch.Page page = search.search(LibraryId.of(lebak), word, 0, 20);
            long read = rowsRead() - before;

            assertThat(page.total()).isEqualTo(3);
            assertThat(page.items()).allSatisfy(member -> assertThat(member.fullName()).startsWith(word));
            assertThat(read).as("rows of member read for a search matching 3 of its library's members")
                    .isLessThan(OTHER_LIBRARY_HOLDERS / 4);
            status.setRollbackOnly();
        });
    }

    /** Rows of {@code member} read so far in this transaction, through indexes or whole-table scans. */
    private long rowsRead() {
        return jdbc.queryForObject("""
                select coalesce(idx_tup_fetch, 0) + coalesce(seq_tup_read, 0)
                from pg_stat_xact_user_tables where relname = 'member'""", Long.class);
    }

    private void insertMembers(int library, String name, int count) {
        jdbc.batchUpdate("""
                insert into member (library_id, member_number, channel, full_name, nik_cipher, nik_index, nik_masked,
                    birth_date, sex, address, category_code, status, registered_on)
                select ?, 'T' || md5(random()::text), 'DESK', ?, '\\x00', uuid_send(gen_random_uuid()),
                    '3602**********01', date '1990-01-01', 'F', 'Jl. Uji 1', 'umum', 'APPROVED', current_date
                from generate_series(1, ?) as n""", java.util.List.<Object[]>of(
                new Object[] {library, name, count}));
    }
}

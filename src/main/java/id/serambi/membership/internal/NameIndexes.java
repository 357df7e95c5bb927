package id.serambi.membership.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the pending lists of the name-search indexes short. A GIN index first collects new entries in a pending list
 * (cheap for the writer), and every search reads that whole list and compares each entry with each of its candidate
 * words: 40 pages of entries, left by six thousand online registrations, took name search over a million members from
 * 199 to 61 searches a second (p95 41 to 152 ms). Autovacuum merges the list only after a fifth of the table is new,
 * so {@link NameIndexMergeJob} merges it every second (a look at the index's first page when there is nothing to
 * merge), except while an import writes.
 *
 * <p>Merging needs the indexes' owner, which the application's database user is (it created them); otherwise
 * PostgreSQL's autovacuum is left to do it.
 */
@Component
public class NameIndexes {

    private final JdbcClient jdbc;

    NameIndexes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Held (shared) by every import transaction until it ends, in whichever process it runs: an import's batches fill
     * the pending lists by the megabyte with rows nobody else can see yet, and merge them themselves in larger steps
     * (and the import merges what is left as soon as it has committed), so the job leaves them to it.
     */
    static final long IMPORT_LOCK = 0x5365_7261_6D62_6931L;

    private static final String MERGE = """
            select coalesce(sum(gin_clean_pending_list(c.oid)), 0)
            from unnest(array[to_regclass('member_name_keys'), to_regclass('member_name_word_trgm')]) as i
            join pg_class c on c.oid = i
            where pg_has_role(c.relowner, 'USAGE')""";

    /** Merges the pending entries of both name indexes; the number of pending-list pages merged. */
    public long merge() {
        return jdbc.sql(MERGE).query(Long.class).single();
    }

    /** As {@link #merge()}, unless an import is writing (then -1): in one statement, so that the test holds. */
    long mergeUnlessImporting() {
        return jdbc.sql("select case when pg_try_advisory_xact_lock(?) then (" + MERGE + ") else -1 end")
                .param(IMPORT_LOCK).query(Long.class).single();
    }

    /** Marks the caller's transaction as an import's until it ends. */
    void importing() {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(IMPORT_LOCK).query().singleRow();
    }
}

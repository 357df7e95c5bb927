package id.serambi.backup.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** The application's tables in an order that loads parents before children, with their stored columns. */
final class Tables {

    /**
     * Kept by the target database itself, transient, or derived: the name-search word list is written again by the
     * member table's trigger as the members are loaded, the visits' live day counts by the visit table's.
     */
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "event_publication",
            "event_publication_archive", "member_name_word", "member_name_word_deletion", "visit_day_live");

    private Tables() {
    }

    static List<String> inLoadOrder(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""",
                String.class).stream().filter(t -> !SKIPPED.contains(t)).toList();
        Map<String, Set<String>> parents = new HashMap<>();
        jdbc.query("""
                select src.relname, dst.relname from pg_constraint c
                join pg_class src on src.oid = c.conrelid join pg_class dst on dst.oid = c.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where c.contype = 'f' and n.nspname = current_schema() and src.oid <> dst.oid""",
                rs -> {
                    parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                });
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, parents, done, ordered, new LinkedHashSet<>());
        }
        return ordered.stream().filter(tables::contains).toList();
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> done, List<String> ordered,
            Set<String> path) {
        if (done.contains(table) || !path.add(table)) {
            return;
        }
        for (String parent : parents.getOrDefault(table, Set.of())) {
            visit(parent, parents, done, ordered, path);
        }
        done.add(table);
        ordered.add(table);
    }

    /** Columns that hold data (generated columns are computed again on load). */
    static List<String> storedColumns(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("""
                select attname from pg_attribute
                where attrelid = (current_schema() || '.' || ?)::regclass and attnum > 0 and not attisdropped
                  and attgenerated = '' order by attnum""", String.class, table);
    }

    /** The latest applied migration's version. */
    static String schemaVersion(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""", String.class);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}

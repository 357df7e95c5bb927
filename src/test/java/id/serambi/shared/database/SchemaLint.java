package id.serambi.shared.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the live schema for what distribution by library (Citus, distribution column {@code library_id}) needs:
 * every table that belongs to a library has {@code library_id} in its primary key and in each of its unique indexes,
 * every foreign key from such a table to another library table includes {@code library_id}, and every other index of
 * such a table carries {@code library_id} too (as a column or inside its expression), so that a library's query reads
 * only that library's entries, unless it is declared global below with its reason.
 */
final class SchemaLint {

    /** Global tables: reference tables when distributed, or bookkeeping of tools. */
    static final Set<String> GLOBAL_TABLES = Set.of("library", "staff_account", "flyway_schema_history",
            "event_publication", "event_publication_archive", "demo_data", "member_data_key", "shared_job_lock");

    /**
     * Indexes of library tables that leave {@code library_id} out on purpose (never unique ones: Citus enforces
     * uniqueness per shard only), with the reason.
     */
    static final Map<String, String> GLOBAL_INDEXES = Map.of(
            "complaint_by_code", "a complaint's public code is looked up before its library is known (docs/scaling.md)",
            "member_name_word_trgm", "pg_trgm cannot key by library; btree_gin's (library_id, word) was measured and"
                    + " did not pay with two libraries (docs/scaling.md)");

    private final JdbcTemplate jdbc;

    SchemaLint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (String table : tables()) {
            if (GLOBAL_TABLES.contains(table)) {
                continue;
            }
            if (!hasColumn(table, "library_id")) {
                violations.add(table + ": no library_id column (add it, or declare the table global)");
                continue;
            }
            if (!primaryKey(table).contains("library_id")) {
                violations.add(table + ": library_id is not part of the primary key " + primaryKey(table));
            }
        }
        violations.addAll(foreignKeysWithoutLibrary());
        violations.addAll(indexesWithoutLibrary());
        return violations;
    }

    private List<String> tables() {
        return jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""",
                String.class);
    }

    private boolean hasColumn(String table, String column) {
        Integer count = jdbc.queryForObject("""
                select count(*) from information_schema.columns
                where table_schema = current_schema() and table_name = ? and column_name = ?""",
                Integer.class, table, column);
        return count != null && count > 0;
    }

    private List<String> primaryKey(String table) {
        return jdbc.queryForList("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = (current_schema() || '.' || ?)::regclass and i.indisprimary""",
                String.class, table);
    }

    /** Foreign keys between two library tables that do not carry library_id on both sides. */
    private List<String> foreignKeysWithoutLibrary() {
        return jdbc.query("""
                select c.conname, src.relname as source, dst.relname as target,
                       array(select attname from pg_attribute where attrelid = c.conrelid
                             and attnum = any(c.conkey)) as columns,
                       array(select attname from pg_attribute where attrelid = c.confrelid
                             and attnum = any(c.confkey)) as target_columns
                from pg_constraint c
                join pg_class src on src.oid = c.conrelid
                join pg_class dst on dst.oid = c.confrelid
                join pg_namespace n on n.oid = src.relnamespace
                where c.contype = 'f' and n.nspname = current_schema()""", (rs, row) -> {
            String source = rs.getString("source");
            String target = rs.getString("target");
            if (GLOBAL_TABLES.contains(source) || GLOBAL_TABLES.contains(target)) {
                return null;
            }
            List<String> columns = List.of((String[]) rs.getArray("columns").getArray());
            List<String> targetColumns = List.of((String[]) rs.getArray("target_columns").getArray());
            if (columns.contains("library_id") && targetColumns.contains("library_id")) {
                return null;
            }
            return source + ": foreign key " + rs.getString("conname") + " to " + target
                    + " does not include library_id";
        }).stream().filter(v -> v != null).toList();
    }

    /** Unique and other indexes of library tables whose keys leave library_id out (primary keys are checked above). */
    private List<String> indexesWithoutLibrary() {
        return jdbc.query("""
                select t.relname as table_name, x.relname as index_name, i.indisunique as is_unique
                from pg_index i
                join pg_class t on t.oid = i.indrelid
                join pg_class x on x.oid = i.indexrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = current_schema() and t.relkind in ('r', 'p') and not i.indisprimary
                  and not exists (select 1 from generate_series(1, i.indnkeyatts) as k
                                  where pg_get_indexdef(i.indexrelid, k, true) ~ '\\mlibrary_id\\M')
                order by 1, 2""", (rs, row) -> {
            String table = rs.getString("table_name");
            String index = rs.getString("index_name");
            boolean unique = rs.getBoolean("is_unique");
            if (GLOBAL_TABLES.contains(table) || (!unique && GLOBAL_INDEXES.containsKey(index))) {
                return null;
            }
            return table + ": " + (unique ? "unique " : "") + "index " + index + " does not include library_id";
        }).stream().filter(v -> v != null).toList();
    }
}

package id.serambi.shared.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks the live schema for what distribution by library (Citus, distribution column {@code library_id}) needs:
 * every table that belongs to a library has {@code library_id} in its primary key, and every foreign key from such a
 * table to another library table includes {@code library_id}.
 */
final class SchemaLint {

    /** Global tables: reference tables when distributed, or bookkeeping of tools. */
    static final Set<String> GLOBAL_TABLES = Set.of("library", "staff_account", "flyway_schema_history",
            "event_publication", "event_publication_archive", "demo_data");

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
}

package id.serambi.imports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one table out of a MySQL/MariaDB dump, as SLiMS's own backup (System → Database Backup, mysqldump-php) and
 * {@code mysqldump} write it: the columns from its {@code CREATE TABLE}, the rows from its {@code INSERT INTO ...
 * VALUES (...),(...);} statements (several rows per statement, a new statement about every megabyte). Values are
 * {@code NULL}, bare numbers, {@code 0x} hex or strings in single quotes with MySQL's backslash escapes. The first
 * record answered is the column names.
 */
final class MysqlDumpRecords implements Records {

    private final BufferedReader in;
    private final List<String> tables;
    private String table;
    private String line;
    private int position;
    private boolean headerGiven;

    /** Reads the first of the given tables whose CREATE TABLE the dump holds. */
    MysqlDumpRecords(BufferedReader in, List<String> tables) {
        this.in = in;
        this.tables = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether text that starts a file looks like an SQL dump rather than CSV. */
    static boolean looksLikeDump(String firstLine) {
        String start = firstLine.stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("-- ") || start.startsWith("/*!") || start.startsWith("CREATE TABLE")
                || start.startsWith("DROP TABLE") || start.startsWith("SET ") || start.startsWith("INSERT INTO");
    }

    @Override
    public List<String> next() {
        try {
            if (!headerGiven) {
                headerGiven = true;
                return columns();
            }
            while (true) {
                if (line != null) {
                    List<String> row = tuple();
                    if (row != null) {
                        return row;
                    }
                }
                line = nextInsert();
                if (line == null) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column names of the table's CREATE TABLE, or null when the dump has none. */
    private List<String> columns() throws IOException {
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            String lower = l.strip().toLowerCase(Locale.ROOT);
            table = tables.stream().filter(t -> lower.startsWith("create table") && lower.contains("`" + t + "`"))
                    .findFirst().orElse(null);
            if (table != null) {
                List<String> names = new ArrayList<>();
                for (String c = in.readLine(); c != null && !c.strip().startsWith(")"); c = in.readLine()) {
                    String col = c.strip();
                    if (col.startsWith("`")) {
                        names.add(col.substring(1, col.indexOf('`', 1)));
                    }
                }
                return names;
            }
        }
        return null;
    }

    private String nextInsert() throws IOException {
        for (String l = in.readLine(); l != null; l = in.readLine()) {
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("insert") && lower.contains("`" + table + "`")) {
                int values = lower.indexOf("values");
                if (values > 0) {
                    position = values + "values".length();
                    return l;
                }
            }
        }
        return null;
    }

    /** The next (...) of the current statement, or null when it has no more. */
    private List<String> tuple() {
        while (position < line.length() && line.charAt(position) != '(' && line.charAt(position) != ';') {
            position++;
        }
        if (position >= line.length() || line.charAt(position) == ';') {
            line = null;
            return null;
        }
        position++;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        while (position < line.length()) {
            char c = line.charAt(position++);
            if (c == '\'') {
                while (position < line.length()) {
                    char q = line.charAt(position++);
                    if (q == '\\') {
                        MysqlEscapedRecords.unescape(value, position < line.length() ? line.charAt(position++) : -1);
                    } else if (q == '\'') {
                        if (position < line.length() && line.charAt(position) == '\'') {
                            value.append('\'');
                            position++;
                        } else {
                            break;
                        }
                    } else {
                        value.append(q);
                    }
                }
            } else if (c == ',' || c == ')') {
                String text = value.toString().strip();
                values.add(text.equalsIgnoreCase("NULL") ? "" : text);
                value.setLength(0);
                if (c == ')') {
                    return values;
                }
            } else {
                value.append(c);
            }
        }
        return values;
    }
}

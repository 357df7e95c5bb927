package id.serambi.imports;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file waiting to be imported: how it is written (dialect, separator, enclosure, whether its first record
 * is a header row, character set), its header (the known column names when the file has none), number of member
 * rows, the preset its header matches and, per column, the distinct values when there are few (member types to map to
 * categories).
 */
public record Upload(String id, String fileName, char separator, List<String> header, long rows, Preset detected,
        Map<String, Set<String>> fewValues, Dialect dialect, char enclosure, boolean headerRow, Charset charset) {

    /**
     * How records are written: RFC 4180 CSV; SLiMS's member export (every value MySQL-escaped, one line per record);
     * or the {@code member} table's INSERT statements in a MySQL/MariaDB dump (SLiMS's own database backup).
     */
    public enum Dialect {
        CSV, MYSQL_ESCAPED, SQL_DUMP
    }

    public Set<String> valuesOf(String column) {
        return column == null ? Set.of() : fewValues.getOrDefault(column, Set.of());
    }

    /** The row number of the file's first member: 2 under a header row, else 1 (as a spreadsheet numbers rows). */
    public long firstRowNumber() {
        return headerRow ? 2 : 1;
    }
}

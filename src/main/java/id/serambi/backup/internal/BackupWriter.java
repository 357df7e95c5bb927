package id.serambi.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup: every table as CSV from one repeatable-read snapshot (so the tables agree with each other), the
 * data directory's files but the embedded database's own, and a manifest with the schema version and row counts.
 */
public final class BackupWriter {

    static final String MANIFEST = "manifest.json";

    private final DataSource dataSource;
    private final Path dataDirectory;

    public BackupWriter(DataSource dataSource, Path dataDirectory) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
    }

    public Map<String, Long> writeTo(OutputStream target) throws Exception {
        try (Connection connection = dataSource.getConnection(); ZipOutputStream zip = new ZipOutputStream(target)) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            String version = Tables.schemaVersion(jdbc);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : Tables.inLoadOrder(jdbc)) {
                zip.putNextEntry(new ZipEntry("db/" + table + ".csv"));
                rows.put(table, copyOut(connection, jdbc, table, zip));
                zip.closeEntry();
            }
            connection.commit();
            writeFiles(zip);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JsonMapper.builder().build().writeValueAsBytes(Map.of("schemaVersion", version,
                    "tables", rows, "createdAt", java.time.Instant.now().toString())));
            zip.closeEntry();
            return rows;
        }
    }

    private static long copyOut(Connection connection, JdbcTemplate jdbc, String table, OutputStream out)
            throws Exception {
        List<String> columns = Tables.storedColumns(jdbc, table).stream().map(Tables::quote).toList();
        String sql = "copy (select " + String.join(", ", columns) + " from " + Tables.quote(table)
                + ") to stdout with (format csv, header true)";
        return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, new NonClosing(out));
    }

    private void writeFiles(ZipOutputStream zip) throws IOException {
        if (!Files.isDirectory(dataDirectory)) {
            return;
        }
        Path database = dataDirectory.resolve("postgres");
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(database)).toList()) {
                zip.putNextEntry(new ZipEntry("files/" + dataDirectory.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Lets the copy API write into a zip entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package id.serambi.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * data directory's files but the embedded database's own, the data keys and earlier backups, and a manifest with the
 * schema version, row counts and the data key's fingerprint. The key itself is never in a backup: whoever holds a
 * backup must not be able to read the NIKs in it.
 */
public final class BackupWriter {

    static final String MANIFEST = "manifest.json";
    static final String KEY_FINGERPRINT = "dataKeyFingerprint";
    /** Not copied: the embedded database (its rows are in db/), the keys, and the backups themselves. */
    static final List<String> NOT_COPIED = List.of("postgres", "keys", "backups");

    private final DataSource dataSource;
    private final Path dataDirectory;
    private final DataKey key;

    public BackupWriter(DataSource dataSource, Path dataDirectory, DataKey key) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
        this.key = key;
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
                    "tables", rows, "createdAt", java.time.Instant.now().toString(),
                    KEY_FINGERPRINT, key.fingerprint())));
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
        List<Path> skipped = NOT_COPIED.stream().map(dataDirectory::resolve).toList();
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> skipped.stream().noneMatch(f::startsWith)).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    zip.putNextEntry(new ZipEntry("files/" + dataDirectory.relativize(file).toString()
                            .replace('\\', '/')));
                    in.transferTo(zip);
                    zip.closeEntry();
                } catch (NoSuchFileException gone) {
                    // a running server's upload finished and was removed between listing and copying
                }
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

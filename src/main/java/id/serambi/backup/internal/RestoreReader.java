package id.serambi.backup.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a backup into a database of the same schema version: replaces every table's rows in one transaction (all
 * or nothing), moves the identity sequences past the restored ids, then puts the files back in the data directory.
 * Refuses, before touching anything, a data key other than the one the backup was made with.
 */
public final class RestoreReader {

    private final DataSource dataSource;
    private final Path dataDirectory;

    public RestoreReader(DataSource dataSource, Path dataDirectory) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Restores a backup made with the given data key; with {@code installKey}, also writes that key into the data
     * directory (where the server looks for it when {@code SERAMBI_DATA_KEY} is not set).
     */
    public Map<String, Long> restoreFrom(Path backup, DataKey key, boolean installKey) throws Exception {
        try (ZipFile zip = new ZipFile(backup.toFile()); Connection connection = dataSource.getConnection()) {
            JsonNode manifest = JsonMapper.builder().build().readTree(read(zip, BackupWriter.MANIFEST));
            checkKey(manifest, key);
            connection.setAutoCommit(false);
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            String version = Tables.schemaVersion(jdbc);
            if (!manifest.get("schemaVersion").asString().equals(version)) {
                throw new IllegalStateException("The backup has schema version " + manifest.get("schemaVersion")
                        .asString() + ", this database " + version + ": restore with the Serambi version that made it");
            }
            List<String> tables = Tables.inLoadOrder(jdbc);
            jdbc.execute("truncate table " + String.join(", ", tables.stream().map(Tables::quote).toList())
                    + " restart identity cascade");
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                ZipEntry entry = zip.getEntry("db/" + table + ".csv");
                if (entry != null) {
                    rows.put(table, copyIn(connection, zip, entry, table));
                }
            }
            resetIdentities(jdbc, tables);
            connection.commit();
            restoreFiles(zip);
            if (installKey && manifest.has(BackupWriter.KEY_FINGERPRINT)) {
                key.writeTo(dataDirectory.resolve(DataKey.FILE));
            }
            return rows;
        }
    }

    /** Backups made before the key was kept out of them carry no fingerprint (and the key itself, in files/keys). */
    private static void checkKey(JsonNode manifest, DataKey key) {
        JsonNode expected = manifest.get(BackupWriter.KEY_FINGERPRINT);
        if (expected != null && !expected.asString().equals(key.fingerprint())) {
            throw new WrongDataKeyException(expected.asString(), key.fingerprint());
        }
    }

    private static long copyIn(Connection connection, ZipFile zip, ZipEntry entry, String table) throws Exception {
        String header;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            header = reader.readLine();
        }
        if (header == null || header.isBlank()) {
            return 0;
        }
        List<String> columns = new ArrayList<>();
        for (String column : header.split(",")) {
            columns.add(Tables.quote(column.replace("\"", "")));
        }
        String sql = "copy " + Tables.quote(table) + " (" + String.join(", ", columns)
                + ") from stdin with (format csv, header true)";
        try (InputStream in = zip.getInputStream(entry)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, in);
        }
    }

    private static void resetIdentities(JdbcTemplate jdbc, List<String> tables) {
        jdbc.query("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and is_identity = 'YES'""", rs -> {
            String table = rs.getString(1);
            String column = rs.getString(2);
            if (tables.contains(table)) {
                jdbc.queryForObject("select setval(pg_get_serial_sequence(?, ?), coalesce((select max("
                        + Tables.quote(column) + ") from " + Tables.quote(table) + "), 0) + 1, false)",
                        Long.class, table, column);
            }
        });
    }

    private void restoreFiles(ZipFile zip) throws IOException {
        Path root = dataDirectory.toAbsolutePath().normalize();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !entry.getName().startsWith("files/")) {
                continue;
            }
            Path target = root.resolve(entry.getName().substring("files/".length())).normalize();
            if (!target.startsWith(root) || target.startsWith(root.resolve("postgres"))) {
                throw new IOException("Refusing to restore " + entry.getName() + " outside the data directory");
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("Not a Serambi backup: no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}

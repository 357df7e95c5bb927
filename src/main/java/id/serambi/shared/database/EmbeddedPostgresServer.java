package id.serambi.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The quick-start PostgreSQL: a real PostgreSQL server whose files live in the data directory and survive restarts.
 * Zonky's defaults are test settings (no fsync, asynchronous commit); a library's members must survive a power cut,
 * so durable mode turns both back on.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "serambi";

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    public static EmbeddedPostgresServer start(Path directory, boolean durable) {
        try {
            Files.createDirectories(directory);
            LeftoverPostmaster.clear(directory);
            int port = freePort();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(!durable)
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", (durable ? sharedBuffersMegabytes(physicalMemory()) : 128) + "MB")
                    // A million-member import writes a few GB of WAL; checkpoints every 1 GB (the default) would
                    // write every touched index page again in full after each one.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setPort(port)
                    // as long as the server process runs (crash recovery can take minutes): StartupWatch
                    .setPGStartupWait(Duration.ofDays(1))
                    // Stopped by its owner (SerambiDatabase, after everything that uses it), not by a JVM shutdown
                    // hook of its own: that one ran beside Spring's and stopped the server under requests still being
                    // finished and under the event registry's last look at its publications.
                    .setRegisterShutdownHook(false);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(StartupWatch.launch(builder, directory, port),
                    directory.toAbsolutePath());
            try {
                server.createDatabaseIfMissing();
            } catch (RuntimeException failed) {
                server.close();
                throw failed;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * PostgreSQL's shared buffers: an eighth of the machine's memory, at least the 128 MB default and at most 2 GB.
     * The default alone keeps less than the indexes of a million members in memory.
     */
    static long sharedBuffersMegabytes(long physicalBytes) {
        long eighth = physicalBytes / 8 / (1024 * 1024);
        return Math.clamp(eighth, 128, 2048);
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void createDatabaseIfMissing() {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database '" + DATABASE + "'", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}

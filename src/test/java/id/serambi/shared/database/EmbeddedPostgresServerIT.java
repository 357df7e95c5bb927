package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsDataAcrossARestartAndRunsDurably() throws Exception {
        Path directory = dataDirectory.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true)) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (name text)");
                statement.execute("insert into kept values ('Siti')");
                assertThat(setting(statement, "fsync")).isEqualTo("on");
                assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(statement, "max_wal_size")).isEqualTo("4GB");
                try (ResultSet rs = statement.executeQuery(
                        "select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(EmbeddedPostgresServer.sharedBuffersMegabytes(
                            ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                                    .getOperatingSystemMXBean()).getTotalMemorySize()));
                }
            }
        }
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, true);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Siti");
        }
    }

    /** Zonky waited its fixed 60 s for a server that had died, then left the caller to guess why. */
    @Test
    void givesUpAtOnceWhenTheServerDiesWhileStartingAndLeavesNothingRunning() throws Exception {
        Path directory = dataDirectory.resolve("postgres");
        EmbeddedPostgresServer.start(directory, true).close();
        try (var segments = Files.list(directory.resolve("pg_wal"))) {
            for (Path segment : segments.filter(Files::isRegularFile).toList()) {
                Files.delete(segment); // its last checkpoint is gone: the server stops during recovery
            }
        }
        long began = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(directory, true))
                .hasMessageContaining("did not start: the PostgreSQL server stopped while starting");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - began)).isLessThan(java.time.Duration.ofSeconds(45));
        assertThat(PostmasterPidFile.read(directory).flatMap(file -> file.liveServerOf(directory))).isEmpty();
    }

    @Test
    void sharedBuffersAreAnEighthOfTheMemoryWithinBounds() {
        long gib = 1024L * 1024 * 1024;
        assertThat(EmbeddedPostgresServer.sharedBuffersMegabytes(0)).isEqualTo(128);
        assertThat(EmbeddedPostgresServer.sharedBuffersMegabytes(4 * gib)).isEqualTo(512);
        assertThat(EmbeddedPostgresServer.sharedBuffersMegabytes(64 * gib)).isEqualTo(2048);
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

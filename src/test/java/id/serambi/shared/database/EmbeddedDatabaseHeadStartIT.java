package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The embedded database started while Spring builds the application, taken by the database bean. */
class EmbeddedDatabaseHeadStartIT {

    @TempDir
    Path dataDirectory;

    @Test
    void theDatabaseBeanTakesTheServerStartedAheadForItsDirectory() throws Exception {
        EmbeddedDatabaseHeadStart.begin(environment(dataDirectory.resolve("x").resolve("..").toString())
                .withProperty("serambi.db.ephemeral", "true"));
        try (EmbeddedPostgresServer server = EmbeddedDatabaseHeadStart.claim(dataDirectory.resolve("postgres")).join();
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show fsync")) {
            assertThat(server.directory()).isEqualTo(dataDirectory.resolve("postgres").toAbsolutePath());
            rs.next();
            assertThat(rs.getString(1)).as("the ephemeral setting reached the early start").isEqualTo("off");
            // Taken once: the next database bean for the directory would start its own server.
            assertThat(EmbeddedDatabaseHeadStart.pending()).isEmpty();
        }
    }

    @Test
    void aServerDatabaseStartsNothingEmbedded() {
        EmbeddedDatabaseHeadStart.begin(environment(dataDirectory.toString())
                .withProperty("serambi.db.url", "jdbc:postgresql://db.example:5432/serambi"));
        assertThat(EmbeddedDatabaseHeadStart.pending()).isEmpty();
        assertThat(dataDirectory.resolve("postgres")).doesNotExist();
    }

    @Test
    void anApplicationThatFailsBeforeTakingItStopsTheServer() throws Exception {
        EmbeddedDatabaseHeadStart.begin(environment(dataDirectory.toString()));
        assertThat(EmbeddedDatabaseHeadStart.pending()).hasSize(1);

        EmbeddedDatabaseHeadStart.stopUnclaimed();

        assertThat(EmbeddedDatabaseHeadStart.pending()).isEmpty();
        Path pid = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        assertThat(Files.exists(pid)).as("PostgreSQL removes its lock file when it stops").isFalse();
        int port = lastPort(dataDirectory.resolve("postgres"));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "")).isInstanceOf(SQLException.class).hasRootCauseInstanceOf(ConnectException.class);
    }

    private static MockEnvironment environment(String dataDirectory) {
        return new MockEnvironment().withProperty("serambi.data-dir", dataDirectory);
    }

    /** The port the stopped server listened on, from the options it was last started with. */
    private static int lastPort(Path directory) throws Exception {
        String options = Files.readString(directory.resolve("postmaster.opts"));
        java.util.regex.Matcher port = java.util.regex.Pattern.compile("\"-p\" \"(\\d+)\"").matcher(options);
        assertThat(port.find()).as(options).isTrue();
        return Integer.parseInt(port.group(1));
    }
}

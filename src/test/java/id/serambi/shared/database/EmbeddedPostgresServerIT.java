package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rs = statement.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

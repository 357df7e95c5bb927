package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

import id.serambi.shared.DataDirectory;

/**
 * A start through {@code main}: the embedded server is still starting when the database bean is made. The bean does
 * not wait for it; the schema is migrated on a thread of its own once the server is up, and a connection is handed out
 * only after that, so that nothing reads a half-made schema.
 */
class SchemaMigratedAlongsideIT {

    @TempDir
    Path dataDirectory;

    @Test
    void theBeanIsMadeAtOnceAndItsConnectionsWaitForTheMigratedSchema() throws Exception {
        SerambiDatabase database = madeWhileTheServerStarts();
        try {
            // initdb alone takes over a second: the bean was made while the server was starting.
            assertThat(database.migratesAlongside()).isTrue();

            database.migrate(Flyway.configure().locations("classpath:db/migration")
                    .dataSource(database.dataSource()).load());

            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "select max(version::int) from flyway_schema_history where success")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every migration applied before the first connection")
                        .isGreaterThanOrEqualTo(99);
            }
        } finally {
            database.destroy();
        }
        assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aMigrationThatFailsAlongsideFailsEveryConnectionWithItsCause() throws Exception {
        SerambiDatabase database = madeWhileTheServerStarts();
        try {
            Path broken = Files.createDirectories(dataDirectory.resolve("broken-migrations"));
            Files.writeString(broken.resolve("V1__broken.sql"), "create table half (id int);\nthis is not sql;\n");
            database.migrate(Flyway.configure().locations("filesystem:" + broken)
                    .dataSource(database.dataSource()).load());

            assertThatThrownBy(() -> database.dataSource().getConnection()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("did not become ready").hasMessageContaining("V1__broken.sql");
        } finally {
            database.destroy();
        }
    }

    /** As {@code main} does: the server's start begun ahead, then the database bean made at once. */
    private SerambiDatabase madeWhileTheServerStarts() {
        EmbeddedDatabaseHeadStart.begin(new MockEnvironment().withProperty("serambi.data-dir", dataDirectory.toString())
                .withProperty("serambi.db.ephemeral", "true"));
        return new SerambiDatabase(new DatabaseProperties(null, null, null, 2, true), new DataDirectory(dataDirectory));
    }
}

package id.serambi.shared.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.datasource.AbstractDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.serambi.shared.DataDirectory;

/**
 * The database Serambi runs on: a PostgreSQL server when {@code SERAMBI_DB_URL} is set, otherwise the embedded one.
 * Says loudly in the log which, so that nobody runs production on the quick-start database by accident.
 *
 * <p>When the embedded server was started ahead ({@link EmbeddedDatabaseHeadStart}, a start through
 * {@code SerambiApplication.main}) and is still starting, nothing here waits for it: the pool is opened and the schema
 * migrated ({@link #migrate}) on threads of their own, and the application's data source hands out a connection only
 * once both are done. Spring meanwhile builds the rest of the application, which on a first start (initdb, 18
 * migrations) it would otherwise have done after them. Anywhere else (a server database, tests) everything happens at
 * once, as before.
 */
public final class SerambiDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SerambiDatabase.class);

    private final DatabaseProperties properties;
    private final boolean alongside;
    private final CompletableFuture<Opened> opened;
    /** Done, unless a migration runs alongside (connections then wait for it, as they would have for Flyway). */
    private volatile CompletableFuture<Void> migrated = CompletableFuture.completedFuture(null);
    private final DataSource dataSource = new WhenReady();

    private record Opened(EmbeddedPostgresServer embedded, HikariDataSource pool) {
    }

    public SerambiDatabase(DatabaseProperties properties, DataDirectory dataDirectory) {
        this.properties = properties;
        if (properties.embedded()) {
            Path directory = dataDirectory.root().resolve("postgres");
            CompletableFuture<EmbeddedPostgresServer> ahead = EmbeddedDatabaseHeadStart.claim(directory);
            alongside = ahead != null && !ahead.isDone();
            opened = ahead == null
                    ? CompletableFuture.completedFuture(open(EmbeddedPostgresServer.start(directory,
                            !properties.ephemeral())))
                    : ahead.thenApply(this::open);
            if (!alongside) {
                try {
                    opened.join();
                } catch (CompletionException failed) {
                    throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
                }
            }
        } else {
            alongside = false;
            opened = CompletableFuture.completedFuture(open(null));
        }
    }

    private Opened open(EmbeddedPostgresServer embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("serambi");
        config.setMaximumPoolSize(properties.poolSize());
        if (embedded != null) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(embedded.user());
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        try {
            Opened result = new Opened(embedded, new HikariDataSource(config));
            announce(result);
            return result;
        } catch (RuntimeException failed) {
            if (embedded != null) {
                embedded.close();
            }
            throw failed;
        }
    }

    private void announce(Opened database) {
        String version = serverVersion(database.pool());
        if (database.embedded() != null) {
            log.warn("DATABASE: EMBEDDED PostgreSQL {} in {} (port {}, fsync {}). For production set SERAMBI_DB_URL.",
                    version, database.embedded().directory(), database.embedded().port(),
                    properties.ephemeral() ? "off" : "on");
        } else {
            log.info("DATABASE: PostgreSQL server {} at {} as user {}", version, withoutQuery(properties.url()),
                    properties.user());
        }
    }

    private static String serverVersion(DataSource pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }

    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /**
     * Brings the schema up to date (Spring Boot's Flyway, through {@code FlywayMigrationStrategy}): now, or, while the
     * embedded server is still starting, on a thread of its own as soon as it is up, with the same settings on the
     * server's own pool; the application's connections wait until it is done.
     */
    void migrate(Flyway flyway) {
        if (!alongside) {
            flyway.migrate();
            return;
        }
        CompletableFuture<Void> migration = new CompletableFuture<>();
        migrated = migration;
        Thread.ofPlatform().name("serambi-schema-migration").daemon().start(() -> {
            try {
                HikariDataSource pool = opened.join().pool();
                Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                        .dataSource(pool).load().migrate();
                migration.complete(null);
            } catch (Throwable failed) {
                migration.completeExceptionally(failed);
            }
        });
    }

    /** Whether the server was still starting when this was made: the pool and the schema then follow alongside. */
    boolean migratesAlongside() {
        return alongside;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isEmbedded() {
        return properties.embedded();
    }

    @Override
    public void destroy() {
        Opened database;
        try {
            // A migration still running (a start that failed elsewhere) finishes or fails before its pool closes.
            migrated.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException unfinished) {
            if (unfinished instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            database = opened.join();
        } catch (CompletionException notOpened) {
            return;
        }
        database.pool().close();
        if (database.embedded() != null) {
            database.embedded().close();
            log.info("Embedded PostgreSQL stopped cleanly");
        }
    }

    /** The application's connections: from the pool once the database is up and its schema migrated. */
    private final class WhenReady extends AbstractDataSource {

        @Override
        public Connection getConnection() throws SQLException {
            return ready().getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return ready().getConnection(username, password);
        }

        private HikariDataSource ready() throws SQLException {
            try {
                HikariDataSource pool = opened.join().pool();
                migrated.join();
                return pool;
            } catch (CompletionException failed) {
                throw new SQLException("The database did not become ready: " + failed.getCause().getMessage(),
                        failed.getCause());
            }
        }
    }
}

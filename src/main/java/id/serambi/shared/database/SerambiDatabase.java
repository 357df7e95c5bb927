package id.serambi.shared.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import id.serambi.shared.DataDirectory;

/**
 * The database Serambi runs on: a PostgreSQL server when {@code SERAMBI_DB_URL} is set, otherwise the embedded one.
 * Says loudly in the log which, so that nobody runs production on the quick-start database by accident.
 */
public final class SerambiDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SerambiDatabase.class);

    private final EmbeddedPostgresServer embedded;
    private final HikariDataSource pool;

    public SerambiDatabase(DatabaseProperties properties, DataDirectory dataDirectory) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("serambi");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.embedded()) {
            embedded = EmbeddedDatabaseHeadStart.take(dataDirectory.root().resolve("postgres"), !properties.ephemeral());
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername(embedded.user());
        } else {
            embedded = null;
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        }
        pool = new HikariDataSource(config);
        announce(properties);
    }

    private void announce(DatabaseProperties properties) {
        String version = serverVersion();
        if (embedded != null) {
            log.warn("DATABASE: EMBEDDED PostgreSQL {} in {} (port {}, fsync {}). For production set SERAMBI_DB_URL.",
                    version, embedded.directory(), embedded.port(), properties.ephemeral() ? "off" : "on");
        } else {
            log.info("DATABASE: PostgreSQL server {} at {} as user {}", version, withoutQuery(properties.url()),
                    properties.user());
        }
    }

    private String serverVersion() {
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

    public DataSource dataSource() {
        return pool;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void destroy() {
        pool.close();
        if (embedded != null) {
            embedded.close();
            log.info("Embedded PostgreSQL stopped cleanly");
        }
    }
}

package id.serambi.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database to run on. With no {@code url} an embedded PostgreSQL runs in the data directory.
 *
 * @param url JDBC URL of a PostgreSQL server; blank means embedded
 * @param user user name for the server
 * @param password password for the server
 * @param poolSize connection pool size
 * @param ephemeral tests only: throw the embedded database away on shutdown and skip fsync
 */
@ConfigurationProperties("serambi.db")
public record DatabaseProperties(String url, String user, String password, Integer poolSize, boolean ephemeral) {

    public DatabaseProperties {
        poolSize = poolSize == null || poolSize < 1 ? 10 : poolSize;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}

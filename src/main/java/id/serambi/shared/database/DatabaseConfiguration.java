package id.serambi.shared.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.DataDirectory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean
    SerambiDatabase serambiDatabase(DatabaseProperties properties, DataDirectory dataDirectory) {
        return new SerambiDatabase(properties, dataDirectory);
    }

    /**
     * Spring Boot's Flyway migrates through the database: at once, or beside the rest of the start while the embedded
     * server is still starting ({@link SerambiDatabase#migrate}).
     */
    @Bean
    FlywayMigrationStrategy migrateWithTheDatabase(SerambiDatabase database) {
        return database::migrate;
    }

    /** Closed by {@link SerambiDatabase}, after everything that uses it, and before the embedded server stops. */
    @Bean(destroyMethod = "")
    DataSource dataSource(SerambiDatabase database) {
        return database.dataSource();
    }
}

package id.serambi.shared.database;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

    /** Closed by {@link SerambiDatabase}, after everything that uses it, and before the embedded server stops. */
    @Bean(destroyMethod = "")
    DataSource dataSource(SerambiDatabase database) {
        return database.dataSource();
    }
}

package id.serambi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import id.serambi.shared.DataDirectory;

/** Each test JVM gets its own data directory, so that test runs in several checkouts never share a database. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataDirectory {

    private static final Path ROOT = create();

    private static Path create() {
        try {
            Path root = Files.createTempDirectory("serambi-test-");
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path root() {
        return ROOT;
    }

    @Bean
    @Primary
    DataDirectory testDataDirectory() {
        return new DataDirectory(ROOT);
    }
}

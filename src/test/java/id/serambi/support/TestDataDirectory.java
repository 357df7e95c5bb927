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
            // deleteOnExit removes only an empty directory; keys, photos, imports and backups are written below it.
            // The throw-away PostgreSQL in postgres/ is removed by its own shutdown, which may still be running.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root), "delete-test-data"));
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.filter(path -> !path.startsWith(root.resolve("postgres")))
                    .sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a test JVM that cannot clean up leaves a temporary directory behind; nothing to report at exit
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

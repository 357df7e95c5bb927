package id.serambi.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The directory {@code SERAMBI_DATA_DIR} where Serambi keeps what is not in the database (embedded database, photos). */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${serambi.data-dir:data}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A sub-directory, created when missing. */
    public Path resolve(String name) {
        Path directory = root.resolve(name);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        return directory;
    }
}

package id.serambi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.serambi.imports.ImportNotFoundException;
import id.serambi.imports.Upload;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.DataDirectory;

/** Uploaded files in the data directory, one folder per library, named by a random id (never the user's name). */
@Component
public class Uploads {

    private final Path root;
    private final Map<String, Upload> scanned = new ConcurrentHashMap<>();

    Uploads(DataDirectory data) {
        this.root = data.resolve("imports");
    }

    public Upload store(LibraryId library, String fileName, InputStream content, java.nio.charset.Charset charset) {
        String id = UUID.randomUUID().toString();
        Path file = file(library, id);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Upload upload = CsvFiles.scan(id, safeName(fileName), file, charset);
            scanned.put(library.value() + "/" + id, upload);
            return upload;
        } catch (RuntimeException refused) {
            delete(library, id);
            throw refused;
        }
    }

    public Upload find(LibraryId library, String id) {
        Upload upload = scanned.get(library.value() + "/" + id);
        if (upload == null || !Files.exists(file(library, id))) {
            throw new ImportNotFoundException(id);
        }
        return upload;
    }

    public Path file(LibraryId library, String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new ImportNotFoundException(id);
        }
        return root.resolve(String.valueOf(library.value())).resolve(id + ".csv");
    }

    public void delete(LibraryId library, String id) {
        scanned.remove(library.value() + "/" + id);
        try {
            Files.deleteIfExists(file(library, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders of the libraries that have uploads waiting. */
    public java.util.List<Path> libraryFolders() {
        if (!Files.isDirectory(root)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).filter(f -> f.getFileName().toString().matches("\\d+"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_");
        base = base.isBlank() ? "import.csv" : base;
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}

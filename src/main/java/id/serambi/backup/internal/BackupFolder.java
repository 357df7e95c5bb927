package id.serambi.backup.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.serambi.backup.BackupFile;

/**
 * The server's backups in {@code $SERAMBI_DATA_DIR/backups/}: named by the time they were made (UTC), written under a
 * temporary name and renamed when complete, so that a half-written backup is never listed or downloaded.
 */
public final class BackupFolder {

    private static final Pattern NAME = Pattern.compile("serambi-\\d{8}-\\d{6}Z(-\\d{1,3})?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;

    public BackupFolder(Path directory) {
        this.directory = directory;
    }

    /** Something that writes a backup into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    public BackupFile write(Instant now, Content content) throws Exception {
        Files.createDirectories(directory);
        Path target = freeName(now);
        Path partial = directory.resolve(target.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return describe(target);
    }

    /** Newest first. */
    public List<BackupFile> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(BackupFolder::order).reversed())
                    .map(BackupFolder::describe).toList();
        }
    }

    /** Deletes all but the newest {@code keep} backups. */
    public void keepNewest(int keep) throws IOException {
        List<BackupFile> all = list();
        for (BackupFile old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(directory.resolve(old.name()));
        }
    }

    /** A backup by its name; nothing for a name that is not one of ours (no path can be smuggled in). */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The time stamp, then the number added when two backups were made in the same second. */
    private static String order(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        name.matches();
        String suffix = name.group(1) == null ? "0" : name.group(1).substring(1);
        return name.group().substring(0, "serambi-yyyyMMdd-HHmmssZ".length()) + "0".repeat(3 - suffix.length())
                + suffix;
    }

    private Path freeName(Instant now) {
        String stamp = "serambi-" + STAMP.format(now);
        Path candidate = directory.resolve(stamp + ".zip");
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = directory.resolve(stamp + "-" + n + ".zip");
        }
        return candidate;
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package id.serambi.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import id.serambi.backup.internal.DataKey;
import id.serambi.backup.internal.RestoreReader;
import id.serambi.shared.DataDirectory;

/**
 * {@code java -jar serambi.jar backup FILE} writes a backup (without the data key); {@code backup-key FILE} writes the
 * data key to a file of its own, to keep apart from the backups; {@code restore FILE [KEYFILE]} restores a backup into
 * this deployment's database and data directory with the backup's data key (see README). Does nothing when the
 * application runs as a server.
 */
@Component
public class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);
    private static final Set<String> COMMANDS = Set.of("backup", "backup-key", "restore");

    private final DataSource dataSource;
    private final DataDirectory dataDirectory;
    private final BackupService backups;

    BackupCommand(DataSource dataSource, DataDirectory dataDirectory, BackupService backups) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
        this.backups = backups;
    }

    /** Whether the command line asks for a backup, the data key or a restore rather than the server. */
    public static boolean isCommand(String... args) {
        return args.length >= 2 && COMMANDS.contains(args[0]) && !args[1].startsWith("--");
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        if (!isCommand(args)) {
            return;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        switch (args[0]) {
            case "backup" -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    report("Backup written to " + file, backups.writeTo(out));
                }
                log.warn("The data key is NOT in the backup. It is in {}: keep a copy apart from the backups "
                        + "(java -jar serambi.jar backup-key FILE); without it the NIKs in a backup cannot be read",
                        backups.keyLocation());
            }
            case "backup-key" -> writeKey(file);
            default -> restore(file, args.length >= 3 && !args[2].startsWith("--") ? Path.of(args[2]) : null);
        }
    }

    private void writeKey(Path file) throws Exception {
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists already: give a new file for the data key");
        }
        DataKey key = backups.currentKey();
        key.writeTo(file);
        log.info("Data key (fingerprint {}) written to {}: keep it apart from the backups, e.g. on paper or a second "
                + "USB drive in a locked drawer; restore needs it", key.fingerprint(), file);
    }

    private void restore(Path backup, Path keyFile) throws Exception {
        DataKey key = keyFile == null ? backups.currentKey() : DataKey.read(keyFile);
        if (backups.isKeyConfigured() && !key.sameAs(backups.currentKey())) {
            throw new IllegalStateException("SERAMBI_DATA_KEY is set to another key than " + keyFile
                    + ": set it to the backup's key or unset it. Nothing was restored.");
        }
        report("Restored from " + backup, new RestoreReader(dataSource, dataDirectory.root())
                .restoreFrom(backup, key, !backups.isKeyConfigured()));
    }

    private static void report(String what, Map<String, Long> rows) {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        log.info("{}: {} tables, {} rows {}", what, rows.size(), total, rows);
    }
}

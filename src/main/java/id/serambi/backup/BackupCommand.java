package id.serambi.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import id.serambi.backup.internal.BackupWriter;
import id.serambi.backup.internal.RestoreReader;
import id.serambi.shared.DataDirectory;

/**
 * {@code java -jar serambi.jar backup FILE} writes a backup; {@code restore FILE} restores one into this
 * deployment's database and data directory (see README). Does nothing when the application runs as a server.
 */
@Component
public class BackupCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private final DataSource dataSource;
    private final DataDirectory dataDirectory;

    BackupCommand(DataSource dataSource, DataDirectory dataDirectory) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
    }

    /** Whether the command line asks for a backup or restore rather than the server. */
    public static boolean isCommand(String... args) {
        return args.length >= 2 && ("backup".equals(args[0]) || "restore".equals(args[0]))
                && !args[1].startsWith("--");
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        if (!isCommand(args)) {
            return;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        if ("backup".equals(args[0])) {
            try (OutputStream out = Files.newOutputStream(file)) {
                report("Backup written to " + file, new BackupWriter(dataSource, dataDirectory.root()).writeTo(out));
            }
        } else {
            report("Restored from " + file, new RestoreReader(dataSource, dataDirectory.root()).restoreFrom(file));
        }
    }

    private static void report(String what, Map<String, Long> rows) {
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        log.info("{}: {} tables, {} rows {}", what, rows.size(), total, rows);
    }
}

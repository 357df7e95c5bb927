package id.serambi.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import id.serambi.backup.internal.BackupFolder;
import id.serambi.backup.internal.BackupWriter;
import id.serambi.backup.internal.DataKey;
import id.serambi.shared.DataDirectory;
import id.serambi.shared.DataKeyProperties;
import id.serambi.shared.NotFoundException;

/**
 * Backups of the running server: each reads one repeatable-read snapshot through the application's own connections,
 * so the desk keeps checking visitors in meanwhile; the last {@code SERAMBI_BACKUP_KEEP} are kept. One at a time.
 */
@Service
@EnableConfigurationProperties({BackupProperties.class, DataKeyProperties.class})
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final DataSource dataSource;
    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final String configuredKey;
    private final int keep;
    private final BackupFolder folder;

    BackupService(DataSource dataSource, DataDirectory dataDirectory, Clock clock,
            DataKeyProperties key, BackupProperties settings) {
        this.dataSource = dataSource;
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.configuredKey = key.dataKey();
        this.keep = settings.keep();
        this.folder = new BackupFolder(dataDirectory.root().resolve("backups"));
    }

    /** Makes a backup into the server's backup folder and deletes the ones beyond the last N. */
    public synchronized BackupFile create() {
        try {
            BackupFile made = folder.write(clock.instant(), this::writeTo);
            folder.keepNewest(keep);
            log.info("Backup {} written ({} bytes); the data key is not in it: {}", made.name(), made.size(),
                    keyLocation());
            return made;
        } catch (Exception e) {
            throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
        }
    }

    public List<BackupFile> list() {
        try {
            return folder.list();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Path file(String name) {
        return folder.find(name).orElseThrow(() -> new NotFoundException("backup.notFound", name));
    }

    /** Writes a backup (tables, files, manifest; never the data key) into a stream; the row count per table. */
    public Map<String, Long> writeTo(OutputStream out) throws Exception {
        return new BackupWriter(dataSource, dataDirectory.root(), currentKey()).writeTo(out);
    }

    /** Where the data key is, for the administrator who must back it up apart from the backups. */
    public String keyLocation() {
        return isKeyConfigured() ? "SERAMBI_DATA_KEY (the server's setting)"
                : dataDirectory.root().resolve(DataKey.FILE).toString();
    }

    public int keep() {
        return keep;
    }

    boolean isKeyConfigured() {
        return configuredKey != null && !configuredKey.isBlank();
    }

    DataKey currentKey() throws IOException {
        return DataKey.current(configuredKey, dataDirectory.root());
    }
}

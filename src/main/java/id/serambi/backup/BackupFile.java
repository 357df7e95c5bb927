package id.serambi.backup;

import java.time.Instant;

/** A backup kept by the server in {@code $SERAMBI_DATA_DIR/backups/}. */
public record BackupFile(String name, long size, Instant createdAt) {
}

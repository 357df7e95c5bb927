package id.serambi.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.serambi.backup.BackupFile;

class BackupFolderTest {

    @TempDir
    Path directory;

    @Test
    void keepsTheNewestBackupsOnly() throws Exception {
        BackupFolder folder = new BackupFolder(directory);
        Instant start = Instant.parse("2026-12-01T19:00:00Z");
        for (int day = 0; day < 9; day++) {
            folder.write(start.plusSeconds(86_400L * day), out -> out.write(1));
        }
        folder.write(start.plusSeconds(86_400L * 8), out -> out.write(2));

        folder.keepNewest(7);

        assertThat(folder.list()).extracting(BackupFile::name).containsExactly("serambi-20261209-190000Z-1.zip",
                "serambi-20261209-190000Z.zip", "serambi-20261208-190000Z.zip", "serambi-20261207-190000Z.zip",
                "serambi-20261206-190000Z.zip", "serambi-20261205-190000Z.zip", "serambi-20261204-190000Z.zip");
    }

    @Test
    void aFailedBackupLeavesNothingBehind() {
        BackupFolder folder = new BackupFolder(directory);

        assertThatThrownBy(() -> folder.write(Instant.now(), out -> {
            out.write(1);
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");

        assertThat(directory.toFile().list()).isEmpty();
    }

    @Test
    void findsOnlyItsOwnBackupsByName() throws Exception {
        BackupFolder folder = new BackupFolder(directory.resolve("backups"));
        String name = folder.write(Instant.parse("2026-12-01T19:00:00Z"), out -> out.write(1)).name();
        Files.writeString(directory.resolve("secret.txt"), "x");

        assertThat(folder.find(name)).isPresent();
        assertThat(folder.find("../secret.txt")).isEmpty();
        assertThat(folder.find("serambi-20261201-190000Z.zip/../../secret.txt")).isEmpty();
        assertThat(folder.find(null)).isEmpty();
    }
}

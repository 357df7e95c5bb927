package id.serambi.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupService;
import id.serambi.support.IntegrationTest;

@IntegrationTest
class DailyBackupIT {

    @Autowired
    DailyBackup daily;
    @Autowired
    BackupService backups;
    @Autowired
    DataSource dataSource;

    @Test
    void aSecondServerFindsTheLockTakenAndMakesNoSecondBackup() throws Exception {
        long started = System.nanoTime();
        BackupFile first = daily.runOnce(Duration.ofSeconds(15));

        assertThat(first).isNotNull();
        assertThat(backups.list()).extracting(BackupFile::name).contains(first.name());
        assertThat(daily.runOnce(Duration.ofSeconds(15))).as("the lock is held after the backup").isNull();
        assertThat(backups.list()).extracting(BackupFile::name).first().isEqualTo(first.name());
        assertThat(anotherSessionGetsTheLock()).isFalse();
        long deadline = started + Duration.ofSeconds(40).toNanos();
        while (!anotherSessionGetsTheLock() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(anotherSessionGetsTheLock()).as("released after the hold").isTrue();
        assertThat(System.nanoTime() - started).isGreaterThan(Duration.ofSeconds(14).toNanos());
    }

    /** Another server's view: a connection of its own that tries the lock (and gives it back at once). */
    private boolean anotherSessionGetsTheLock() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + DailyBackup.LOCK + ")")) {
            result.next();
            boolean got = result.getBoolean(1);
            if (got) {
                statement.execute("select pg_advisory_unlock(" + DailyBackup.LOCK + ")");
            }
            return got;
        }
    }
}

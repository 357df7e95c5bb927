package id.serambi.backup.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupService;

/**
 * The daily backup ({@code SERAMBI_BACKUP_SCHEDULE}, by default 02:00 in {@code SERAMBI_BACKUP_ZONE}, Asia/Jakarta).
 * Several servers on one database make it once: the one that takes the database's advisory lock makes it and holds
 * the lock for {@code serambi.backup.lock-hold} after it started, so that a server whose clock runs a few minutes
 * late finds the lock taken rather than free again.
 */
@Component
@EnableScheduling
public class DailyBackup {

    /** The advisory lock's key: "SERAMBI" + "B" in ASCII, taken by nothing else. */
    static final long LOCK = 0x53_45_52_41_4D_42_49_42L;
    private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);

    private final BackupService backups;
    private final DataSource dataSource;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration hold;

    DailyBackup(BackupService backups, DataSource dataSource, TaskScheduler scheduler, Clock clock,
            @Value("${serambi.backup.lock-hold:PT10M}") Duration hold) {
        this.backups = backups;
        this.dataSource = dataSource;
        this.scheduler = scheduler;
        this.clock = clock;
        this.hold = hold;
    }

    @Scheduled(cron = "${serambi.backup.schedule:0 0 2 * * *}", zone = "${serambi.backup.zone:Asia/Jakarta}")
    public void run() {
        try {
            runOnce();
        } catch (RuntimeException | SQLException e) {
            log.error("The daily backup failed", e);
        }
    }

    /** Makes the backup unless another server holds the lock; the backup made, or null. */
    public BackupFile runOnce() throws SQLException {
        return runOnce(hold);
    }

    BackupFile runOnce(Duration hold) throws SQLException {
        Instant started = clock.instant();
        Connection lock = dataSource.getConnection();
        boolean locked = false;
        try {
            locked = tryLock(lock);
            if (!locked) {
                log.info("Daily backup skipped: another server is making it");
                return null;
            }
            return backups.create();
        } finally {
            if (locked) {
                scheduler.schedule(() -> release(lock), started.plus(hold));
            } else {
                lock.close();
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void release(Connection connection) {
        try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not release the daily backup's lock (it ends with its connection)", e);
        }
    }
}

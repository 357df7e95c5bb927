package id.serambi.backup.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupProperties;
import id.serambi.backup.BackupService;
import id.serambi.shared.scheduling.JobLock;
import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * The daily backup ({@code SERAMBI_BACKUP_SCHEDULE}, by default 02:00 in {@code SERAMBI_BACKUP_ZONE}, Asia/Jakarta).
 * Several servers on one database make it once: the {@link JobLock} lets one of them make it and holds it for
 * {@code serambi.backup.lock-hold} after it started, by the database's clock, so that a server whose schedule fires a
 * few minutes later finds it taken.
 */
@Component
public class DailyBackup implements ScheduledJob {

    static final String NAME = "backup.daily";
    private static final Logger log = LoggerFactory.getLogger(DailyBackup.class);

    private final BackupService backups;
    private final JobLock lock;
    private final BackupProperties settings;

    DailyBackup(BackupService backups, JobLock lock, BackupProperties settings) {
        this.backups = backups;
        this.lock = lock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(settings.schedule(), settings.zone(), settings.lockHold());
    }

    /** Run by the scheduler under the {@link JobLock}. */
    @Override
    public void run() {
        try {
            backups.create();
        } catch (RuntimeException e) {
            log.error("The daily backup failed", e);
        }
    }

    /** What the scheduler does, with another hold: the backup made, or null when another server has it. */
    BackupFile runOnce(Duration hold) {
        BackupFile made = lock.call(NAME, hold, backups::create).orElse(null);
        if (made == null) {
            log.info("Daily backup skipped: another server is making it or made it");
        }
        return made;
    }
}

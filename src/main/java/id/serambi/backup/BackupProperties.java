package id.serambi.backup;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily backup's settings.
 *
 * @param schedule when it runs, a Spring cron expression ({@code SERAMBI_BACKUP_SCHEDULE}, {@code 0 0 2 * * *};
 *        {@code -} turns it off)
 * @param zone the schedule's time zone ({@code SERAMBI_BACKUP_ZONE}, Asia/Jakarta)
 * @param keep backups kept, at least one ({@code SERAMBI_BACKUP_KEEP}, 7)
 * @param lockHold how long after one server started the backup no other server starts it
 *        ({@code serambi.backup.lock-hold}, PT10M): longer than the servers' clocks disagree
 */
@ConfigurationProperties("serambi.backup")
public record BackupProperties(String schedule, ZoneId zone, Integer keep, Duration lockHold) {

    public BackupProperties {
        schedule = schedule == null || schedule.isBlank() ? "0 0 2 * * *" : schedule.strip();
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        keep = keep == null ? 7 : keep;
        lockHold = lockHold == null ? Duration.ofMinutes(10) : lockHold;
        if (keep < 1) {
            throw new IllegalStateException("SERAMBI_BACKUP_KEEP must be at least 1, is " + keep);
        }
    }
}

package id.serambi.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupService;
import id.serambi.shared.scheduling.JobLock;
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
    void aSecondServerFindsTheJobTakenAndMakesNoSecondBackup() throws Exception {
        long started = System.nanoTime();
        BackupFile first = daily.runOnce(Duration.ofSeconds(15));

        assertThat(first).isNotNull();
        assertThat(backups.list()).extracting(BackupFile::name).contains(first.name());
        assertThat(daily.runOnce(Duration.ofSeconds(15))).as("the job is held after the backup").isNull();
        assertThat(backups.list()).extracting(BackupFile::name).first().isEqualTo(first.name());
        assertThat(anotherServerGetsTheJob()).isFalse();
        long deadline = started + Duration.ofSeconds(40).toNanos();
        boolean got = false;
        while (!got && System.nanoTime() < deadline) {
            Thread.sleep(200);
            got = anotherServerGetsTheJob();
        }
        assertThat(got).as("released after the hold").isTrue();
        assertThat(System.nanoTime() - started).isGreaterThan(Duration.ofSeconds(14).toNanos());
    }

    /** Another server's view: a lock of its own, on connections of its own, that tries the job (and does nothing). */
    private boolean anotherServerGetsTheJob() {
        return new JobLock(dataSource, "another-server").run(DailyBackup.NAME, Duration.ofMillis(1), () -> { });
    }
}

package id.serambi.imports.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.support.PeriodicTrigger;
import org.springframework.stereotype.Component;

import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Deletes uploads and rejected rows past their library's retention ({@link ImportRetention}). Uploads lie on each
 * server's own disk, so the job holds no turn against other servers (hold zero): every server purges its own folder,
 * and the rows' deletion, which every server may attempt, changes only rows not yet deleted.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
class ImportRetentionJob implements ScheduledJob {

    private final ImportRetention retention;
    private final ImportProperties settings;

    ImportRetentionJob(ImportRetention retention, ImportProperties settings) {
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "imports.retention";
    }

    @Override
    public Schedule schedule() {
        PeriodicTrigger trigger = new PeriodicTrigger(settings.retentionCheckEvery());
        trigger.setInitialDelay(settings.retentionCheckDelay());
        return new Schedule(trigger, Duration.ZERO);
    }

    @Override
    public void run() {
        retention.purge();
    }
}

package id.serambi.privacy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.privacy.RetentionService;
import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Applies every library's retention rules once a day (by default at 02:30 server time; each library's rules count
 * days in its own time zone). One library failing does not stop the others.
 */
@Component
@EnableConfigurationProperties(RetentionProperties.class)
class RetentionJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final LibraryService libraries;
    private final RetentionService retention;
    private final RetentionProperties settings;

    RetentionJob(LibraryService libraries, RetentionService retention, RetentionProperties settings) {
        this.libraries = libraries;
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "privacy.retention";
    }

    @Override
    public Schedule schedule() {
        return Schedule.cron(settings.retentionCron(), settings.zone(), settings.retentionHold());
    }

    @Override
    public void run() {
        for (Library library : libraries.all()) {
            try {
                retention.run(library);
            } catch (RuntimeException e) {
                log.error("Retention failed in {}", library.code(), e);
            }
        }
    }
}

package id.serambi.privacy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.privacy.RetentionService;

/**
 * Applies every library's retention rules once a day (by default at 02:30 server time; each library's rules count
 * days in its own time zone). One library failing does not stop the others.
 */
@Component
@EnableScheduling
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final LibraryService libraries;
    private final RetentionService retention;

    RetentionJob(LibraryService libraries, RetentionService retention) {
        this.libraries = libraries;
        this.retention = retention;
    }

    @Scheduled(cron = "${serambi.privacy.retention-cron:0 30 2 * * *}")
    void run() {
        for (Library library : libraries.all()) {
            try {
                retention.run(library);
            } catch (RuntimeException e) {
                log.error("Retention failed in {}", library.code(), e);
            }
        }
    }
}

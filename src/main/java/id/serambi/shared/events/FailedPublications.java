package id.serambi.shared.events;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Hands the publications whose listener failed (an e-mail while the SMTP server was down) to that listener again, every
 * {@code serambi.events.retry-interval} (5 minutes), for {@code serambi.events.retry-for} (3 days) after the event;
 * older ones stay failed in {@code event_publication} until the next start. Only failed publications are taken, never
 * one still being handled, and each is claimed (marked resubmitted) before its listener runs, so that neither two runs
 * nor two servers send the same message twice.
 */
@Component
@EnableConfigurationProperties(EventRetryProperties.class)
public class FailedPublications implements ScheduledJob {

    private static final int BATCH = 500;

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final EventRetryProperties settings;

    FailedPublications(IncompleteEventPublications publications, Clock clock, EventRetryProperties settings) {
        this.publications = publications;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "shared.retry-failed-events";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.retryInterval(), settings.retryInterval());
    }

    @Override
    public void run() {
        Instant oldest = clock.instant().minus(settings.retryFor());
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(BATCH)
                .withFilter(publication -> publication.getPublicationDate().isAfter(oldest)));
    }
}

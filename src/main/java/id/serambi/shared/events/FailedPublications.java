package id.serambi.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the publications whose listener failed (an e-mail while the SMTP server was down) to that listener again, every
 * {@code serambi.events.retry-interval} (5 minutes), for {@code serambi.events.retry-for} (3 days) after the event;
 * older ones stay failed in {@code event_publication} until the next start. Only failed publications are taken, never
 * one still being handled, and each is claimed (marked resubmitted) before its listener runs, so that neither two runs
 * nor two servers send the same message twice.
 */
@Component
@EnableScheduling
public class FailedPublications {

    private static final int BATCH = 500;

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private final Duration retryFor;

    FailedPublications(IncompleteEventPublications publications, Clock clock,
            @Value("${serambi.events.retry-for:P3D}") Duration retryFor) {
        this.publications = publications;
        this.clock = clock;
        this.retryFor = retryFor;
    }

    @Scheduled(initialDelayString = "${serambi.events.retry-interval:PT5M}",
            fixedDelayString = "${serambi.events.retry-interval:PT5M}")
    public void retry() {
        Instant oldest = clock.instant().minus(retryFor);
        publications.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(BATCH)
                .withFilter(publication -> publication.getPublicationDate().isAfter(oldest)));
    }
}

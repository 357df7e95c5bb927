package id.serambi.archfixture.internal;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Schedules itself, outside the job lock, for ArchitectureRulesTest (not a bean, so nothing runs it). */
@EnableScheduling
public class SelfScheduledJob {

    @Scheduled(fixedDelay = 1000)
    public void run() {
        // nothing: only its annotations matter
    }
}

package id.serambi.membership.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/** Merges the name indexes' pending lists every second (see {@link NameIndexes} why), except while an import writes. */
@Component
@EnableConfigurationProperties(MembershipJobProperties.class)
class NameIndexMergeJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(NameIndexMergeJob.class);

    private final NameIndexes nameIndexes;
    private final MembershipJobProperties settings;
    private volatile boolean failing;

    NameIndexMergeJob(NameIndexes nameIndexes, MembershipJobProperties settings) {
        this.nameIndexes = nameIndexes;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "membership.merge-name-indexes";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.nameIndexMergeEvery(), settings.nameIndexMergeEvery());
    }

    @Override
    public void run() {
        try {
            long pages = nameIndexes.mergeUnlessImporting();
            if (pages > 0) {
                log.debug("Merged {} pending pages of the name indexes", pages);
            }
            failing = false;
        } catch (DataAccessException e) {
            if (!failing) {
                log.warn("Could not merge the name indexes' pending entries (retried every second): {}",
                        e.getMostSpecificCause().getMessage());
            }
            failing = true;
        }
    }
}

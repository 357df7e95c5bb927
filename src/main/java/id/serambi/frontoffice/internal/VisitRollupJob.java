package id.serambi.frontoffice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.shared.scheduling.Schedule;
import id.serambi.shared.scheduling.ScheduledJob;

/**
 * Keeps the daily visit totals of closed days up to date, so that a month's statistics read about thirty rows per
 * type and purpose instead of every visit. The work is the database procedure {@code visit_roll_up} (one
 * library-day per transaction); this only calls it, outside any transaction so that it may commit.
 */
@Component
@EnableConfigurationProperties(VisitRollupProperties.class)
public class VisitRollupJob implements ScheduledJob {

    private static final Logger LOG = LoggerFactory.getLogger(VisitRollupJob.class);

    private final JdbcClient jdbc;
    private final VisitRollupProperties settings;

    VisitRollupJob(JdbcClient jdbc, VisitRollupProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "frontoffice.visit-rollup";
    }

    @Override
    public Schedule schedule() {
        return Schedule.every(settings.visitRollupDelay(), settings.visitRollupEvery());
    }

    @Override
    public void run() {
        rollUp();
    }

    public void rollUp() {
        long started = System.nanoTime();
        jdbc.sql("call visit_roll_up()").update();
        LOG.debug("visit roll-up took {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}

package id.serambi.frontoffice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily visit totals of closed days up to date, so that a month's statistics read about thirty rows per
 * type and purpose instead of every visit. The work is the database procedure {@code visit_roll_up} (one
 * library-day per transaction); this only calls it, outside any transaction so that it may commit.
 */
@Component
public class VisitRollupJob {

    private static final Logger LOG = LoggerFactory.getLogger(VisitRollupJob.class);

    private final JdbcClient jdbc;

    VisitRollupJob(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${serambi.frontoffice.visit-rollup-delay:PT1M}",
            fixedDelayString = "${serambi.frontoffice.visit-rollup-every:PT1H}")
    public void rollUp() {
        long started = System.nanoTime();
        jdbc.sql("call visit_roll_up()").update();
        LOG.debug("visit roll-up took {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}

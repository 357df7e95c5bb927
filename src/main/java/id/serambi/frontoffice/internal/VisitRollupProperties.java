package id.serambi.frontoffice.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the daily visit totals are rolled up.
 *
 * @param visitRollupDelay after start-up ({@code serambi.frontoffice.visit-rollup-delay}, PT1M)
 * @param visitRollupEvery then after each roll-up ({@code serambi.frontoffice.visit-rollup-every}, PT1H)
 */
@ConfigurationProperties("serambi.frontoffice")
record VisitRollupProperties(Duration visitRollupDelay, Duration visitRollupEvery) {

    VisitRollupProperties {
        visitRollupDelay = visitRollupDelay == null ? Duration.ofMinutes(1) : visitRollupDelay;
        visitRollupEvery = visitRollupEvery == null ? Duration.ofHours(1) : visitRollupEvery;
    }
}

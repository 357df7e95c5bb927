package id.serambi.membership.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The membership module's job settings.
 *
 * @param nameIndexMergeEvery how often the name indexes' pending entries are merged
 *        ({@code serambi.membership.name-index-merge-every}, PT1S; also the first run's delay)
 */
@ConfigurationProperties("serambi.membership")
record MembershipJobProperties(Duration nameIndexMergeEvery) {

    MembershipJobProperties {
        nameIndexMergeEvery = nameIndexMergeEvery == null ? Duration.ofSeconds(1) : nameIndexMergeEvery;
    }
}

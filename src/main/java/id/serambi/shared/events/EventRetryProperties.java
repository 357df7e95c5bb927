package id.serambi.shared.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed event publications are handed to their listeners again.
 *
 * @param retryInterval how often ({@code serambi.events.retry-interval}, {@code SERAMBI_EVENTS_RETRY_INTERVAL}, PT5M)
 * @param retryFor for how long after the event ({@code serambi.events.retry-for}, {@code SERAMBI_EVENTS_RETRY_FOR},
 *        P3D); older ones stay failed until the next start
 */
@ConfigurationProperties("serambi.events")
record EventRetryProperties(Duration retryInterval, Duration retryFor) {

    EventRetryProperties {
        retryInterval = retryInterval == null ? Duration.ofMinutes(5) : retryInterval;
        retryFor = retryFor == null ? Duration.ofDays(3) : retryFor;
        if (!retryInterval.isPositive() || retryFor.isNegative()) {
            throw new IllegalArgumentException("serambi.events.retry-interval must be positive and"
                    + " serambi.events.retry-for zero or more, not " + retryInterval + " and " + retryFor);
        }
    }
}

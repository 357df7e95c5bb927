package id.serambi.complaints.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When overdue complaints are looked for.
 *
 * @param overdueCheckDelay after start-up ({@code serambi.complaints.overdue-check-delay}, PT2M)
 * @param overdueCheckInterval then after each check ({@code serambi.complaints.overdue-check-interval}, PT15M)
 */
@ConfigurationProperties("serambi.complaints")
record ComplaintJobProperties(Duration overdueCheckDelay, Duration overdueCheckInterval) {

    ComplaintJobProperties {
        overdueCheckDelay = overdueCheckDelay == null ? Duration.ofMinutes(2) : overdueCheckDelay;
        overdueCheckInterval = overdueCheckInterval == null ? Duration.ofMinutes(15) : overdueCheckInterval;
    }
}

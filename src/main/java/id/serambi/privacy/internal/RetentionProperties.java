package id.serambi.privacy.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the retention rules are applied.
 *
 * @param retentionCron a Spring cron expression in the server's time zone ({@code serambi.privacy.retention-cron},
 *        {@code 0 30 2 * * *}; {@code -} turns it off)
 * @param retentionHold how long after one server started the run no other server starts it
 *        ({@code serambi.privacy.retention-hold}, PT10M)
 */
@ConfigurationProperties("serambi.privacy")
record RetentionProperties(String retentionCron, Duration retentionHold) {

    RetentionProperties {
        retentionCron = retentionCron == null || retentionCron.isBlank() ? "0 30 2 * * *" : retentionCron.strip();
        retentionHold = retentionHold == null ? Duration.ofMinutes(10) : retentionHold;
    }

    ZoneId zone() {
        return ZoneId.systemDefault();
    }
}

package id.serambi.imports.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Member imports.
 *
 * @param batchSize rows written per transaction ({@code serambi.imports.batch-size}, 10000)
 * @param retentionCheckDelay first look for uploads and rejected rows past their retention, after start-up
 *        ({@code serambi.imports.retention-check-delay}, PT1M)
 * @param retentionCheckEvery then every ({@code serambi.imports.retention-check-every}, PT1H)
 */
@ConfigurationProperties("serambi.imports")
record ImportProperties(Integer batchSize, Duration retentionCheckDelay, Duration retentionCheckEvery) {

    ImportProperties {
        batchSize = batchSize == null ? 10_000 : batchSize;
        retentionCheckDelay = retentionCheckDelay == null ? Duration.ofMinutes(1) : retentionCheckDelay;
        retentionCheckEvery = retentionCheckEvery == null ? Duration.ofHours(1) : retentionCheckEvery;
        if (batchSize < 1) {
            throw new IllegalStateException("serambi.imports.batch-size must be at least 1, is " + batchSize);
        }
    }
}

package id.serambi.imports.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Member imports.
 *
 * @param batchSize rows written per transaction ({@code serambi.imports.batch-size}, 10000)
 */
@ConfigurationProperties("serambi.imports")
record ImportProperties(Integer batchSize) {

    ImportProperties {
        batchSize = batchSize == null ? 10_000 : batchSize;
        if (batchSize < 1) {
            throw new IllegalStateException("serambi.imports.batch-size must be at least 1, is " + batchSize);
        }
    }
}

package id.serambi.frontoffice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The quick path of card scans.
 *
 * @param writers threads writing scans in batches ({@code SERAMBI_CARDSCANS_WRITERS}, 1; fewer than one is one)
 */
@ConfigurationProperties("serambi.card-scans")
record CardScanProperties(Integer writers) {

    CardScanProperties {
        writers = writers == null ? 1 : Math.max(1, writers);
    }
}

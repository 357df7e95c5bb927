package id.serambi.internetroom.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The internet room's settings.
 *
 * @param expiryCheck how often sessions whose time ran out are ended ({@code serambi.internet.expiry-check}, PT30S)
 */
@ConfigurationProperties("serambi.internet")
record InternetRoomProperties(Duration expiryCheck) {

    InternetRoomProperties {
        expiryCheck = expiryCheck == null ? Duration.ofSeconds(30) : expiryCheck;
    }
}

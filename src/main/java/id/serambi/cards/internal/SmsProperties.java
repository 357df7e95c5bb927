package id.serambi.cards.internal;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS gateway for one-time codes.
 *
 * @param url HTTP gateway that takes POST {@code {to, text}} ({@code SERAMBI_SMS_URL}); blank: codes are only logged
 */
@ConfigurationProperties("serambi.sms")
record SmsProperties(String url) {

    SmsProperties {
        url = url == null ? "" : url.strip();
        if (!url.isEmpty()) {
            try {
                URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("SERAMBI_SMS_URL is not an address: " + e.getMessage(), e);
            }
        }
    }
}

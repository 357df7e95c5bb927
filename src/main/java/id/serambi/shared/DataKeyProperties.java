package id.serambi.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data key that encrypts NIKs and mothers' maiden names at rest.
 *
 * @param dataKey Base64 AES-256 key ({@code SERAMBI_DATA_KEY}, mapped in {@code application.yml}; also
 *        {@code serambi.data-key}); blank: the key file in the data directory (embedded database only)
 */
@ConfigurationProperties("serambi")
public record DataKeyProperties(String dataKey) {

    public DataKeyProperties {
        dataKey = dataKey == null ? "" : dataKey.strip();
    }
}

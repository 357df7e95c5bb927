package id.serambi.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the public may send per client address and minute.
 *
 * @param publicPerMinute writes to public endpoints and public form posts
 * @param loginPerMinute sign-in attempts
 */
@ConfigurationProperties("serambi.rate-limit")
public record RateLimitProperties(Integer publicPerMinute, Integer loginPerMinute) {

    public RateLimitProperties {
        publicPerMinute = publicPerMinute == null || publicPerMinute < 1 ? 20 : publicPerMinute;
        loginPerMinute = loginPerMinute == null || loginPerMinute < 1 ? 10 : loginPerMinute;
    }
}

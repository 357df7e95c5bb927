package id.serambi.membership.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The staff member search's bound.
 *
 * @param statementTimeout how long one statement of a search may run before the search answers "refine the search"
 *        ({@code serambi.membership.search.statement-timeout}, PT2S)
 */
@ConfigurationProperties("serambi.membership.search")
record MemberSearchProperties(Duration statementTimeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    MemberSearchProperties {
        statementTimeout = statementTimeout == null ? DEFAULT_TIMEOUT : statementTimeout;
    }
}

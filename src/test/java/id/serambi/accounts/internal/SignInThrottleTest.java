package id.serambi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.serambi.shared.web.RateLimitProperties;

/** The per-address allowance (integration tests run with a limit of a million, so it is shown here at 10). */
class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(new RateLimitProperties(20, 10),
            Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void anAddressUsingUpTheSignInAllowanceWithWrongPasswordsIsRefusedForAnyName() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.refusal("nama-" + i, "10.1.1.1")).as("attempt %d", i).isEmpty();
            throttle.failed("nama-" + i, "10.1.1.1");
        }

        assertThat(throttle.refusal("admin", "10.1.1.1")).get().satisfies(wait -> assertThat(wait)
                .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refusal("admin", "10.1.1.2")).as("another address").isEmpty();
    }

    @Test
    void fiveFailuresForOneNameRefuseThatNameFromThatAddressOnly() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", "10.2.2.2");
        }

        assertThat(throttle.refusal("admin", "10.2.2.2")).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusal("petugas", "10.2.2.2")).isEmpty();
        assertThat(throttle.refusal("admin", "10.2.2.3")).isEmpty();
    }

    @Test
    void aGoodPasswordMakesTheAddressKnownAndStartsItsCountAgain() {
        throttle.failed("admin", "10.3.3.3");
        throttle.succeeded("admin", "10.3.3.3");

        assertThat(throttle.knows("admin", "10.3.3.3")).isTrue();
        assertThat(throttle.knows("admin", "10.3.3.4")).isFalse();
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.3.3.3");
        }
        assertThat(throttle.refusal("admin", "10.3.3.3")).isEmpty();
    }
}

package id.serambi.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import id.serambi.shared.web.RateLimitProperties;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Slows guessing without letting a stranger shut staff out. Per client address, failed sign-ins (form or HTTP Basic)
 * draw on the sign-in allowance ({@code SERAMBI_RATE_LIMIT_LOGIN} a minute); once it is used up, that address's
 * password checks are refused until it refills. Per account name and address, five failures within 15 minutes refuse
 * that name from that address for 15 minutes, while the same account still signs in from elsewhere. Both count
 * names that do not exist alike. An address where the account signed in within {@value #KNOWN_DAYS} days is known:
 * there the account-wide lock (guessing spread over many addresses) does not apply, so a stranger cannot lock the
 * real user (or the only administrator) out. Kept in memory: each server counts its own.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_ADDRESS_LIMIT = 5;
    static final Duration ACCOUNT_ADDRESS_BLOCK = Duration.ofMinutes(15);
    static final int KNOWN_DAYS = 30;
    private static final int MAX_ENTRIES = 50_000;

    private record Strikes(int count, Instant last) {
    }

    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();
    private final Map<String, Instant> known = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    SignInThrottle(RateLimitProperties limits, Clock clock) {
        this.perMinute = limits.loginPerMinute();
        this.clock = clock;
    }

    /** How long a password check for this name from this address must wait, or empty when it may go ahead. */
    Optional<Duration> refusal(String username, String address) {
        long nanos = address(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (nanos > 0) {
            return Optional.of(Duration.ofNanos(nanos));
        }
        Strikes known = strikes.get(key(username, address));
        if (known != null && known.count() >= ACCOUNT_ADDRESS_LIMIT) {
            Duration left = Duration.between(clock.instant(), known.last().plus(ACCOUNT_ADDRESS_BLOCK));
            return left.isPositive() ? Optional.of(left) : Optional.empty();
        }
        return Optional.empty();
    }

    void failed(String username, String address) {
        address(address).tryConsume(1);
        Instant now = clock.instant();
        if (strikes.size() > MAX_ENTRIES) {
            strikes.clear();
        }
        strikes.merge(key(username, address), new Strikes(1, now), (old, one) ->
                old.last().plus(ACCOUNT_ADDRESS_BLOCK).isAfter(now) ? new Strikes(old.count() + 1, now) : one);
    }

    /** A good password from this address: the address knows the account, its count starts again. */
    void succeeded(String username, String address) {
        strikes.remove(key(username, address));
        if (known.size() > MAX_ENTRIES) {
            known.clear();
        }
        known.put(key(username, address), clock.instant());
    }

    /** Whether the account signed in from this address lately (the account-wide lock does not apply there). */
    boolean knows(String username, String address) {
        Instant last = known.get(key(username, address));
        return last != null && last.plus(Duration.ofDays(KNOWN_DAYS)).isAfter(clock.instant());
    }

    private Bucket address(String address) {
        if (addresses.size() > MAX_ENTRIES) {
            addresses.clear();
        }
        return addresses.computeIfAbsent(String.valueOf(address), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
    }

    private static String key(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + "|" + address;
    }
}

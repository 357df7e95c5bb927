package id.serambi.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import id.serambi.shared.security.StaffPrincipal;

/**
 * Checks staff passwords with the slow hash, then remembers a keyed digest of a good password for a minute, so that an
 * API client sending HTTP Basic on every request pays the hash once per minute instead of on every call. The memory
 * holds no password; it is dropped when the account changes or a wrong password is tried. When the minute is over,
 * one request per account pays the hash while the account's other requests wait for its answer, instead of each
 * paying it at once (a desk client with 16 connections would otherwise hash 16 times in the same instant).
 * <p>
 * A remembered sign-in holds only while the account's security version is unchanged (see {@link AccountVersions}).
 * Before a password is checked, the {@link SignInThrottle} may refuse the attempt. The password is checked before the
 * account's state, and an unknown name is checked against a dummy hash, so that an unknown name, a wrong password, a
 * locked and a disabled account cost the same time and get the same answer.
 */
public class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    private static final Duration REMEMBER = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    /** Set while a password from an address the account signed in from lately is checked (see SignInThrottle). */
    private static final ThreadLocal<Boolean> KNOWN_ADDRESS = new ThreadLocal<>();

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, Object> checking = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs;
    private final Clock clock;
    private final LongUnaryOperator versions;
    private final SignInThrottle throttle;

    StaffAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, Clock clock,
            LongUnaryOperator versions, SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        setPreAuthenticationChecks(user -> {
        });
        setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked() && !Boolean.TRUE.equals(KNOWN_ADDRESS.get())) {
                throw new LockedException("locked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        this.clock = clock;
        this.versions = versions;
        this.throttle = throttle;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private record Remembered(byte[] digest, StaffPrincipal principal, Instant until) {
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getPrincipal()).toLowerCase(Locale.ROOT);
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return super.authenticate(authentication);
        }
        byte[] digest = digest(username, credentials.toString());
        Authentication known = rememberedMatch(username, digest, authentication);
        if (known != null) {
            return known;
        }
        String address = address(authentication);
        if (throttle != null) {
            throttle.refusal(username, address).ifPresent(wait -> {
                throw new SignInThrottledException(wait);
            });
        }
        Object lock = checking.computeIfAbsent(username, name -> new Object());
        try {
            synchronized (lock) {
                known = rememberedMatch(username, digest, authentication);
                KNOWN_ADDRESS.set(throttle != null && throttle.knows(username, address));
                return known != null ? known : checkSlowly(username, digest, authentication);
            }
        } finally {
            KNOWN_ADDRESS.remove();
            checking.remove(username, lock);
        }
    }

    /**
     * The staff member of a sign-in remembered within the minute, still enabled and unchanged, without the slow hash
     * and without side effects; empty when it must go the whole way (unknown, wrong, expired, disabled or changed). A
     * wrong password forgets the account's memory, so a lock from failures takes effect at the next check.
     */
    public Optional<StaffPrincipal> remembered(String username, String password) {
        String name = username.toLowerCase(Locale.ROOT);
        Remembered entry = remembered.get(name);
        if (entry == null || !entry.until().isAfter(clock.instant())
                || !MessageDigest.isEqual(entry.digest(), digest(name, password))) {
            return Optional.empty();
        }
        StaffPrincipal principal = entry.principal();
        return principal.isEnabled() && current(name, entry) ? Optional.of(principal) : Optional.empty();
    }

    private Authentication rememberedMatch(String username, byte[] digest, Authentication request) {
        Remembered entry = remembered.get(username);
        if (entry != null && entry.until().isAfter(clock.instant()) && MessageDigest.isEqual(entry.digest(), digest)
                && current(username, entry)) {
            return authenticated(entry.principal(), request);
        }
        return null;
    }

    /** Whether the account is still as remembered; forgets it otherwise (changed on another server, say). */
    private boolean current(String username, Remembered entry) {
        if (versions.applyAsLong(entry.principal().accountId()) == entry.principal().securityVersion()) {
            return true;
        }
        remembered.remove(username, entry);
        return false;
    }

    /** The client address the sign-in came from (after trusted proxies), as the throttle counts it. */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    private Authentication checkSlowly(String username, byte[] digest, Authentication authentication) {
        Authentication result = super.authenticate(authentication);
        if (result.getPrincipal() instanceof StaffPrincipal principal) {
            if (remembered.size() > MAX_ENTRIES) {
                remembered.clear();
            }
            remembered.put(username, new Remembered(digest, principal, clock.instant().plus(REMEMBER)));
        }
        return result;
    }

    /** Forgets what was remembered for an account whose password, roles or state changed. */
    void forget(String username) {
        remembered.remove(username.toLowerCase(Locale.ROOT));
    }

    private static Authentication authenticated(StaffPrincipal principal, Authentication request) {
        if (!principal.isEnabled()) {
            throw new DisabledException("disabled");
        }
        RememberedAuthentication token = new RememberedAuthentication(principal);
        token.setDetails(request.getDetails());
        return token;
    }

    /** Whether a sign-in was answered from memory, without checking the password hash again. */
    static boolean wasRemembered(Authentication authentication) {
        return authentication instanceof RememberedAuthentication;
    }

    /** A sign-in answered from memory. */
    private static final class RememberedAuthentication extends UsernamePasswordAuthenticationToken {

        RememberedAuthentication(StaffPrincipal principal) {
            super(principal, null, principal.getAuthorities());
        }
    }

    private byte[] digest(String username, String password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    }

    static UserDetailsService users(StaffRepository staff) {
        return username -> staff.findPrincipal(username.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}

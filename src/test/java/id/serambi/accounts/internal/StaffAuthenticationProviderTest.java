package id.serambi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;

class StaffAuthenticationProviderTest {

    private final CountingEncoder encoder = new CountingEncoder();
    private final String hash = encoder.encode("benar-sekali-1");
    /** The account's stored security version. */
    private final AtomicLong version = new AtomicLong();
    private final StaffAuthenticationProvider provider = new StaffAuthenticationProvider(
            username -> {
                if (!username.equals("desk")) {
                    throw new UsernameNotFoundException("unknown");
                }
                return new StaffPrincipal(1L, "desk", hash, "Desk", 1, "lebak", Set.of(Role.PETUGAS), true, null,
                        version.get());
            }, encoder, Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC), id -> version.get(), null);

    @Test
    void checksTheHashOnceThenAnswersFromMemory() {
        authenticate("desk", "benar-sekali-1");
        Authentication again = authenticate("DESK", "benar-sekali-1");

        assertThat(encoder.checks.get()).isEqualTo(1);
        assertThat(StaffAuthenticationProvider.wasRemembered(again)).isTrue();
        assertThat(again.getCredentials()).isNull();
    }

    @Test
    void aWrongPasswordIsNeverAnsweredFromMemory() {
        authenticate("desk", "benar-sekali-1");

        assertThatThrownBy(() -> authenticate("desk", "salah")).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void afterForgettingTheHashIsCheckedAgain() {
        authenticate("desk", "benar-sekali-1");
        provider.forget("Desk");

        assertThat(StaffAuthenticationProvider.wasRemembered(authenticate("desk", "benar-sekali-1"))).isFalse();
        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void aRememberedSignInEndsWhenTheStoredAccountVersionChanges() {
        authenticate("desk", "benar-sekali-1");
        assertThat(provider.remembered("desk", "benar-sekali-1")).isPresent();

        version.incrementAndGet();

        assertThat(provider.remembered("desk", "benar-sekali-1")).as("changed on another server").isEmpty();
        assertThat(StaffAuthenticationProvider.wasRemembered(authenticate("desk", "benar-sekali-1"))).isFalse();
    }

    @Test
    void aSignInCheckedBeforeTheChangeCommittedIsNotRememberedAfterIt() {
        AccountEvents events = new AccountEvents(provider, mock(AccountVersions.class));
        authenticate("desk", "benar-sekali-1");
        TransactionSynchronizationManager.initSynchronization();
        try {
            events.accountChanged("desk");
            authenticate("desk", "benar-sekali-1");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(provider.remembered("desk", "benar-sekali-1")).as("read before the commit").isEmpty();
        assertThat(encoder.checks.get()).isEqualTo(2);
    }

    @Test
    void manyRequestsArrivingTogetherPayTheHashOnce() throws Exception {
        int requests = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Authentication>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(requests)) {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return authenticate("desk", "benar-sekali-1");
                }));
            }
            start.countDown();
            for (Future<Authentication> answer : answers) {
                assertThat(answer.get().isAuthenticated()).isTrue();
            }
        }
        assertThat(encoder.checks.get()).isEqualTo(1);
    }

    private Authentication authenticate(String username, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** BCrypt at its lowest cost, counting the checks of a password against a hash. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return bcrypt.matches(raw, encoded);
        }
    }
}

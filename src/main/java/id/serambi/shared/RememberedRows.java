package id.serambi.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a repository read for a library and keeps in memory because nearly every request reads it again and it seldom
 * changes (the libraries themselves, their published service standards, service hours, member categories and
 * membership settings). The repository that writes those rows calls {@link #forget()} before it writes; that is the
 * only way they change while the server runs (a restore runs as its own command, with the server stopped).
 * <p>
 * Every remembered value carries the generation it was read in, and only a value of the current generation is
 * answered. {@code forget} moves the generation on at once and again when the writing transaction has ended, so a
 * value read before the change committed, even one put back after the change, is never answered afterwards. The
 * writing transaction itself reads past the memory (it may see its own uncommitted rows, which nobody else must).
 * <p>
 * Several servers may share one database (behind a load balancer): a change made through one is seen by the others
 * once their value is older than the given age, so a value is read again after that age at the latest.
 *
 * @param <K> what the values are found by, usually the library's id
 * @param <V> an immutable value
 */
public final class RememberedRows<K, V> {

    /** How long another server sharing the database may answer what it read before a change: ten seconds. */
    public static final Duration SHARED_DATABASE_DELAY = Duration.ofSeconds(10);

    private record Remembered<V>(long generation, long readAt, V value) {
    }

    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<K, Remembered<V>> values = new ConcurrentHashMap<>();

    /** @param maxAge how long a value is answered at most before it is read again */
    public RememberedRows(Duration maxAge) {
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The remembered value, or what {@code reader} reads now (remembered unless this transaction wrote the rows). */
    public V get(K key, Function<K, V> reader) {
        return find(key, k -> Optional.of(reader.apply(k))).orElseThrow();
    }

    /**
     * Like {@link #get}, for a value that may not exist: only a value found is remembered, so that keys that find
     * nothing (a mistyped address) take no memory and a value added later is found at once.
     */
    public Optional<V> find(K key, Function<K, Optional<V>> reader) {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return reader.apply(key);
        }
        long current = generation.get();
        long now = System.nanoTime();
        Remembered<V> known = values.get(key);
        if (known != null && known.generation() == current && now - known.readAt() < maxAgeNanos) {
            return Optional.of(known.value());
        }
        Optional<V> read = reader.apply(key);
        read.ifPresent(value -> values.put(key, new Remembered<>(current, now, value)));
        return read;
    }

    /** Called before the rows change: nothing remembered until now is answered again. */
    public void forget() {
        generation.incrementAndGet();
        values.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RememberedRows.this);
                    generation.incrementAndGet();
                    values.clear();
                }
            });
        }
    }
}

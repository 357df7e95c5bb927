package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RememberedRowsTest {

    /** What the "database" holds now, and how often it was read. */
    private final AtomicInteger stored = new AtomicInteger(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, Integer> reader = key -> {
        reads.incrementAndGet();
        return stored.get();
    };

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void readsOnceAndAgainOnlyAfterAChange() {
        RememberedRows<String, Integer> rows = new RememberedRows<>(Duration.ofMinutes(1));
        assertThat(rows.get("a", reader)).isEqualTo(1);
        assertThat(rows.get("a", reader)).isEqualTo(1);
        assertThat(rows.get("b", reader)).isEqualTo(1);
        assertThat(reads).hasValue(2);

        rows.forget();
        stored.set(2);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(reads).hasValue(3);
    }

    @Test
    void readsAgainOnceTheValueIsOlderThanTheMaximumAge() {
        RememberedRows<String, Integer> rows = new RememberedRows<>(Duration.ZERO);
        rows.get("a", reader);
        stored.set(2);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theWritingTransactionReadsPastTheMemoryAndNothingItReadIsAnsweredAfterIt() {
        RememberedRows<String, Integer> rows = new RememberedRows<>(Duration.ofMinutes(1));
        rows.get("a", reader);
        TransactionSynchronizationManager.initSynchronization();
        rows.forget();
        stored.set(2); // written, not yet committed: only this transaction sees it
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(reads).hasValue(3);

        stored.set(1); // rolled back
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(TransactionSynchronizationManager.hasResource(rows)).isFalse();
        assertThat(rows.get("a", reader)).isEqualTo(1);
        assertThat(rows.get("a", reader)).isEqualTo(1);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aValueReadBeforeAChangeCommittedIsNeverAnsweredAfterIt() {
        RememberedRows<String, Integer> rows = new RememberedRows<>(Duration.ofMinutes(1));
        // Another request reads the old row while the change is being made; its value reaches the memory after the
        // change committed and forgot everything.
        Integer old = rows.get("a", key -> {
            int before = reader.apply(key);
            rows.forget();
            stored.set(2);
            return before;
        });
        assertThat(old).isEqualTo(1);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(rows.get("a", reader)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aValueNotFoundIsNotRememberedSoThatItIsFoundOnceAdded() {
        RememberedRows<String, Integer> rows = new RememberedRows<>(Duration.ofMinutes(1));
        AtomicInteger finds = new AtomicInteger();
        Function<String, Optional<Integer>> finder = key -> {
            finds.incrementAndGet();
            return "known".equals(key) ? Optional.of(stored.get()) : Optional.empty();
        };
        assertThat(rows.find("unknown", finder)).isEmpty();
        assertThat(rows.find("unknown", finder)).isEmpty();
        assertThat(finds).hasValue(2);
        assertThat(rows.find("known", finder)).contains(1);
        assertThat(rows.find("known", finder)).contains(1);
        assertThat(finds).hasValue(3);
    }
}

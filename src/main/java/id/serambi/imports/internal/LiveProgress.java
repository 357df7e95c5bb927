package id.serambi.imports.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of a running import, read by the progress page while the import's transaction is still open. */
public final class LiveProgress {

    final AtomicLong processed = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong renumbered = new AtomicLong();
    final AtomicLong withoutNik = new AtomicLong();
    final AtomicLong minorsWithoutGuardian = new AtomicLong();

    /** Members imported without a NIK (legacy members, to be recorded at the next visit). */
    public long withoutNik() {
        return withoutNik.get();
    }

    /** Members imported under age with no guardian recorded. */
    public long minorsWithoutGuardian() {
        return minorsWithoutGuardian.get();
    }

    public long processed() {
        return processed.get();
    }

    public long imported() {
        return imported.get();
    }

    public long rejected() {
        return rejected.get();
    }

    public long renumbered() {
        return renumbered.get();
    }
}

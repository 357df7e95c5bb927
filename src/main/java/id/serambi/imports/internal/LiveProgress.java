package id.serambi.imports.internal;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of a running import, read by the progress page while the import's transaction is still open. */
public final class LiveProgress {

    final AtomicLong processed = new AtomicLong();
    final AtomicLong imported = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong renumbered = new AtomicLong();

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

package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An import's new name words for the search's word list, written on a second connection while the import's own
 * connection writes the members. One import is one transaction, so one PostgreSQL backend on one core; the word list
 * (for a library's first import, tens of thousands of words and hundreds of thousands of one-letter deletions, about a
 * quarter of that backend's time) goes to the core it leaves idle.
 *
 * <p>The word list may hold words no member has (a search then finds no member for that candidate), never lack one a
 * member has: the import waits for all its words before it commits ({@link #awaitAll()}), and an import that fails
 * takes back the words it added that no member of the library has ({@link #abandon()}). Words go on the side only
 * while the import's batches skip triggers: otherwise the member trigger adds the same words inside the import's
 * transaction, and the second connection would wait for it while the import waits for the second connection.
 */
public final class ImportNameWords {

    private static final Logger log = LoggerFactory.getLogger(ImportNameWords.class);

    private final JdbcClient jdbc;
    private final int library;
    private final boolean secondConnection;
    /** The second connection's thread, started with the first batch it gets. */
    private ExecutorService side;
    private final List<Future<?>> pending = new ArrayList<>();
    /** What was sent on the side: words, or whole names with letters beyond ASCII (split by the database). */
    private final List<String> sent = new ArrayList<>();
    private volatile long sideNanos;

    ImportNameWords(JdbcClient jdbc, int library, boolean secondConnection) {
        this.jdbc = jdbc;
        this.library = library;
        this.secondConnection = secondConnection;
    }

    /**
     * Adds a batch's new words (or names) to the word list: on the second connection when {@code aside}, else on
     * the caller's, inside the import's transaction. A failure of an earlier batch's words is thrown here.
     */
    void add(List<String> wordsOrNames, boolean aside) {
        throwIfFailed();
        if (wordsOrNames.isEmpty()) {
            return;
        }
        if (!aside || !secondConnection) {
            ImportStage.addNameWords(jdbc, library, wordsOrNames);
            return;
        }
        if (side == null) {
            side = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("serambi-import-words").daemon()
                    .factory());
        }
        sent.addAll(wordsOrNames);
        String[] batch = wordsOrNames.toArray(String[]::new);
        pending.add(side.submit(() -> {
            long started = System.nanoTime();
            ImportStage.addNameWords(jdbc, library, List.of(batch));
            sideNanos += System.nanoTime() - started;
        }));
    }

    /** Waits until every word sent on the side is in the word list; throws the first failure. */
    public void awaitAll() {
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the import's name words were written", e);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            close();
        }
    }

    /** Seconds the second connection spent on the word list (0 without one). */
    public double sideSeconds() {
        return sideNanos / 1e9;
    }

    /**
     * After the import has rolled back: stops the side, then takes out of the word list the words it added there
     * that no member of the library has (another member's registration may have brought the same word meanwhile).
     */
    public void abandon() {
        pending.forEach(future -> future.cancel(false));
        close();
        if (sent.isEmpty()) {
            return;
        }
        try {
            int removed = jdbc.sql("""
                    with unused as (
                        delete from member_name_word d
                        where d.library_id = ?
                          and d.word in (select unnest(member_name_words(n)) from unnest(?::text[]) as n)
                          and not exists (select 1 from member m where m.library_id = d.library_id
                              and member_name_words(m.full_name) @> array[d.word])
                        returning d.word)
                    delete from member_name_word_deletion x using unused
                    where x.library_id = ? and x.word = unused.word""")
                    .params(library, sent.toArray(String[]::new), library).update();
            log.info("The failed import's name words were taken out of the word list ({} deletions)", removed);
        } catch (DataAccessException e) {
            log.warn("The failed import's name words could not be taken out of the word list; they find no member",
                    e);
        }
    }

    private void throwIfFailed() {
        for (Future<?> future : pending) {
            if (future.isDone()) {
                try {
                    future.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    throw failure(e);
                }
            }
        }
    }

    private void close() {
        if (side == null) {
            return;
        }
        side.shutdown();
        try {
            if (!side.awaitTermination(10, TimeUnit.MINUTES)) {
                side.shutdownNow();
            }
        } catch (InterruptedException e) {
            side.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException failure(ExecutionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause
                : new IllegalStateException("The import's name words could not be written", e.getCause());
    }
}

package id.serambi.frontoffice.internal;

import static id.serambi.frontoffice.internal.VisitValidator.clean;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.frontoffice.VisitorType;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Group commit for plain card scans: the scans that arrive while a batch is being written wait for the next one, and
 * each batch is one read, one insert and one commit for all its scans (a queue of kiosks at opening time costs the
 * database a few transactions instead of one per card). Nothing waits on a timer: an idle writer takes a lone scan
 * at once. A request gets its receipt only after its batch has committed.
 *
 * <p>Only the plain case is answered here: a known card with no problem and no warning, purpose and room on the
 * library's lists, a new visit or a repeat within the window. Anything else (unknown or refused card, a warning to
 * word in the reader's language, bad input) answers empty with nothing written, and the caller takes the full way,
 * which decides with the same rules ({@link GuestBook#outcome}) and answers in the caller's language.
 */
@Component
@EnableConfigurationProperties(CardScanProperties.class)
public class QuickScans implements SmartLifecycle {

    private static final int MAX_BATCH = 64;
    private static final int MAX_WAITING = 4096;

    private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(MAX_WAITING);
    private final List<Thread> writers = new ArrayList<>();
    private final ScanRepository scans;
    private final GuestBook guestBook;
    private final TransactionTemplate transaction;
    private final int writerCount;
    private final DistributionSummary batchSizes;
    private final Counter answered;
    private volatile boolean running;

    QuickScans(ScanRepository scans, GuestBook guestBook, TransactionTemplate transaction, MeterRegistry meters,
            CardScanProperties settings) {
        this.writerCount = settings.writers();
        this.scans = scans;
        this.guestBook = guestBook;
        this.transaction = transaction;
        this.batchSizes = DistributionSummary.builder("serambi.card.scans.batch")
                .description("Card scans written together in one transaction").register(meters);
        this.answered = Counter.builder("serambi.card.scans.quick")
                .description("Card scans answered on the quick path").register(meters);
    }

    private record Pending(ScanRequest request, CompletableFuture<Optional<VisitReceipt>> result) {
    }

    /** The receipt of a plain card scan, written with the scans that arrived together; empty for the full way. */
    public Optional<VisitReceipt> record(Library library, NewVisit visit, Instant at, Long staffAccountId) {
        if (!running || !isPlainScan(visit)) {
            return Optional.empty();
        }
        Pending pending = new Pending(new ScanRequest(library, clean(visit.memberNumber()),
                GuestBook.code(visit.purpose()), GuestBook.code(visit.location()), at, staffAccountId),
                new CompletableFuture<>());
        if (!waiting.offer(pending) || (!running && waiting.remove(pending))) {
            return Optional.empty();
        }
        return pending.result().join();
    }

    private static boolean isPlainScan(NewVisit visit) {
        try {
            return VisitValidator.check(visit) == VisitorType.MEMBER;
        } catch (DomainException badInput) {
            return false;
        }
    }

    private void writeBatches() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.forEach(pending -> pending.result().complete(Optional.empty()));
                batch.clear();
            }
        }
    }

    /** One transaction for the batch; a member's second scan in the same batch waits for the first's commit. */
    private void write(List<Pending> batch) {
        Set<String> members = new HashSet<>();
        List<Pending> now = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            if (members.add(pending.request().key())) {
                now.add(pending);
            }
        }
        boolean[] written = {false};
        try {
            List<Optional<VisitReceipt>> receipts = transaction.execute(status -> {
                List<Optional<VisitReceipt>> answers = decideAndWrite(now);
                written[0] = true;
                return answers;
            });
            batchSizes.record(now.size());
            for (int i = 0; i < now.size(); i++) {
                if (receipts.get(i).isPresent()) {
                    answered.increment();
                }
                now.get(i).result().complete(receipts.get(i));
            }
        } catch (RuntimeException failed) {
            if (written[0]) {
                now.forEach(pending -> pending.result().completeExceptionally(failed));
            }
        }
    }

    private List<Optional<VisitReceipt>> decideAndWrite(List<Pending> batch) {
        List<ScanContext> contexts = scans.contexts(batch.stream().map(Pending::request).toList());
        List<Optional<VisitReceipt>> answers = new ArrayList<>(batch.size());
        List<GuestBook.Outcome> toWrite = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            answers.add(Optional.empty());
            GuestBook.Outcome outcome = plainOutcome(batch.get(i).request(), contexts.get(i));
            if (outcome != null && outcome.repeat() != null) {
                answers.set(i, Optional.of(outcome.repeat()));
            } else if (outcome != null) {
                toWrite.add(outcome);
                positions.add(i);
            }
        }
        if (!toWrite.isEmpty()) {
            List<VisitReceipt> receipts = guestBook.write(toWrite);
            for (int i = 0; i < receipts.size(); i++) {
                answers.set(positions.get(i), Optional.of(receipts.get(i)));
            }
        }
        return answers;
    }

    /** The outcome when the scan is plain; null when it is refused or carries a warning. */
    private static GuestBook.Outcome plainOutcome(ScanRequest request, ScanContext context) {
        try {
            GuestBook.Outcome outcome = GuestBook.outcome(request, context);
            String warning = outcome.repeat() != null ? outcome.repeat().warningCode() : outcome.row().cardWarning();
            return warning == null ? outcome : null;
        } catch (DomainException refused) {
            return null;
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = Thread.ofPlatform().name("card-scan-writer-" + i).daemon().start(this::writeBatches);
            writers.add(writer);
        }
    }

    @Override
    public void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        writers.clear();
    }

    /** Starts before the web server and stops after it has finished its requests. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}

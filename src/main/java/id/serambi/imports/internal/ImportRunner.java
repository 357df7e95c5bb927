package id.serambi.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.ImportFileException;
import id.serambi.imports.Upload;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberImport;
import id.serambi.membership.PreparedMember;

/**
 * Runs an import: reads the file in batches, checks each batch's rows in parallel on every core (a batch or two ahead
 * of the writer), decides duplicates and numbers in file order, and writes the accepted rows, all in ONE transaction:
 * a failure anywhere (an unreadable byte halfway, the database) rolls everything back, so an import is all its good
 * rows or nothing.
 */
@Component
@EnableConfigurationProperties(ImportProperties.class)
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final MemberImport members;
    private final TransactionTemplate transaction;
    private final int batchSize;
    /**
     * The checks leave one core to PostgreSQL, which writes the batches: on a small server the database's one
     * backend is the slower half, and every extra checking thread only takes turns with it.
     */
    private final ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    ImportRunner(MemberImport members, PlatformTransactionManager transactions,
            ImportProperties settings) {
        this.members = members;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = settings.batchSize();
    }

    /**
     * Rejected rows of a finished run (all of them, also when it failed: they explain the file), and the photo file
     * names of its imported rows.
     */
    public record Result(List<Rejection> rejections, List<PhotoReference> photos) {
    }

    public Result run(Library library, Upload upload, Path file, ColumnMapping mapping, String note,
            LiveProgress progress) {
        RowChecker checker = checker(library, upload, mapping);
        List<Rejection> rejections = new ArrayList<>();
        List<PhotoReference> photos = new ArrayList<>();
        PhotoColumns photoColumns = new PhotoColumns(upload.header(), mapping);
        long started = System.nanoTime();
        long[] writing = {0};
        transaction.executeWithoutResult(status -> {
            // Rows are read and checked on other threads while this one (which holds the transaction) writes the
            // batch before: the database and the checks work at the same time.
            try (CheckedBatches batches = new CheckedBatches(file, upload, checker)) {
                for (List<RowChecker.Checked> batch = batches.next(); batch != null; batch = batches.next()) {
                    long start = System.nanoTime();
                    write(library, checker, batch, note, progress, rejections, photoColumns, photos);
                    writing[0] += System.nanoTime() - start;
                }
                long start = System.nanoTime();
                progress.imported.addAndGet(members.finish(checker.session(), note));
                writing[0] += System.nanoTime() - start;
            } catch (IOException | UncheckedIOException e) {
                throw CsvFiles.unreadable(e);
            }
        });
        if (progress.imported() > 0) {
            members.refreshAfterImport();
        }
        log.info("Import into {}: {} rows in {} s, of which {} s waiting on the database", library.code(),
                progress.processed(), String.format("%.1f", (System.nanoTime() - started) / 1e9),
                String.format("%.1f", writing[0] / 1e9));
        return new Result(rejections, photos);
    }

    /**
     * The file's rows, checked alone, a batch at a time: one thread reads the file and has each batch checked on the
     * pool, at most two batches ahead of the writer.
     */
    private final class CheckedBatches implements AutoCloseable {

        private static final Object END = new Object();

        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(2);
        private final Thread reader;
        private volatile boolean closed;

        CheckedBatches(Path file, Upload upload, RowChecker checker) {
            reader = Thread.ofPlatform().name("serambi-import-reader").daemon().unstarted(() -> {
                Object last;
                try (Reader in = CsvFiles.reader(file, upload.charset())) {
                    read(CsvFiles.records(in, upload), upload.firstRowNumber(), checker);
                    last = END;
                } catch (Throwable failure) {
                    last = failure;
                }
                hand(last);
            });
            reader.start();
        }

        private void read(Records csv, long firstRow, RowChecker checker) {
            long rowNumber = firstRow - 1;
            List<RowChecker.Raw> batch = new ArrayList<>(batchSize);
            for (List<String> record = csv.next(); record != null && !closed; record = csv.next()) {
                rowNumber++;
                if (!(record.size() == 1 && record.getFirst().isBlank())) {
                    batch.add(new RowChecker.Raw(rowNumber, record));
                }
                if (batch.size() == batchSize) {
                    hand(check(checker, batch));
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                hand(check(checker, batch));
            }
        }

        private void hand(Object item) {
            try {
                while (!closed && !ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is busy with the batches before
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next checked batch, or null at the end of the file; rethrows what the reader ran into. */
        @SuppressWarnings("unchecked")
        List<RowChecker.Checked> next() throws IOException {
            Object item;
            try {
                item = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            }
            if (item == END) {
                return null;
            }
            if (item instanceof IOException e) {
                throw e;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof Error e) {
                throw e;
            }
            return (List<RowChecker.Checked>) item;
        }

        @Override
        public void close() {
            closed = true;
            ready.clear();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<RowChecker.Checked> check(RowChecker checker, List<RowChecker.Raw> batch) {
        return pool.submit(() -> batch.parallelStream().map(checker::alone).toList()).join();
    }

    /** The first rows of the file as the import would decide them, writing nothing. */
    public List<RowChecker.Decided> preview(Library library, Upload upload, Path file, ColumnMapping mapping,
            int rows) {
        RowChecker checker = checker(library, upload, mapping);
        List<RowChecker.Decided> decided = new ArrayList<>();
        try (Reader reader = CsvFiles.reader(file, upload.charset())) {
            Records csv = CsvFiles.records(reader, upload);
            long rowNumber = upload.firstRowNumber() - 1;
            for (List<String> record = csv.next(); record != null && decided.size() < rows; record = csv.next()) {
                rowNumber++;
                decided.add(checker.inOrder(checker.alone(new RowChecker.Raw(rowNumber, record))));
            }
            return decided;
        } catch (IOException | UncheckedIOException e) {
            throw CsvFiles.unreadable(e);
        }
    }

    private RowChecker checker(Library library, Upload upload, ColumnMapping mapping) {
        RowMapper mapper = new RowMapper(mapping, upload.header());
        if (!mapper.missing().isEmpty() || mapping.column(id.serambi.imports.Target.FULL_NAME) == null) {
            throw new ImportFileException("imports.file.columnsMissing",
                    String.join(", ", mapper.missing().stream().map(mapping::column).toList()));
        }
        return new RowChecker(members.open(library), mapper, mapping);
    }

    private void write(Library library, RowChecker checker, List<RowChecker.Checked> checked, String note,
            LiveProgress progress, List<Rejection> rejections, PhotoColumns photoColumns, List<PhotoReference> photos) {
        List<PreparedMember> accepted = new ArrayList<>(checked.size());
        for (RowChecker.Checked row : checked) {
            RowChecker.Decided decided = checker.inOrder(row);
            if (decided.member() == null) {
                rejections.addAll(decided.rejections());
                progress.rejected.incrementAndGet();
            } else {
                accepted.add(decided.member());
                progress.renumbered.addAndGet(decided.renumbered() ? 1 : 0);
                progress.withoutNik.addAndGet(decided.member().nikMissing() ? 1 : 0);
                progress.minorsWithoutGuardian.addAndGet(decided.member().minorWithoutGuardian() ? 1 : 0);
                PhotoReference photo = photoColumns.of(decided);
                if (photo != null) {
                    photos.add(photo);
                }
            }
        }
        if (!accepted.isEmpty()) {
            progress.imported.addAndGet(members.write(checker.session(), accepted, note));
        }
        progress.processed.addAndGet(checked.size());
    }
}

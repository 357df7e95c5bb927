package id.serambi.imports.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.imports.ColumnMapping;
import id.serambi.imports.ImportFileException;
import id.serambi.imports.Upload;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberImport;
import id.serambi.membership.PreparedMember;
import id.serambi.shared.CsvReader;

/**
 * Runs an import: reads the file in batches, checks each batch's rows in parallel on every core, decides duplicates
 * and numbers in file order, and writes the accepted rows, all in ONE transaction: a failure anywhere (an unreadable
 * byte halfway, the database) rolls everything back, so an import is all its good rows or nothing.
 */
@Component
public class ImportRunner {

    private final MemberImport members;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    ImportRunner(MemberImport members, PlatformTransactionManager transactions,
            @Value("${serambi.imports.batch-size:10000}") int batchSize) {
        this.members = members;
        this.transaction = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    /** Rejected rows of a finished run (all of them, also when it failed: they explain the file). */
    public record Result(List<Rejection> rejections) {
    }

    public Result run(Library library, Upload upload, Path file, ColumnMapping mapping, String note,
            LiveProgress progress) {
        RowChecker checker = checker(library, upload, mapping);
        List<Rejection> rejections = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            try (Reader reader = CsvFiles.reader(file)) {
                CsvReader csv = new CsvReader(reader, upload.separator());
                csv.next();
                long rowNumber = 1;
                List<RowChecker.Raw> batch = new ArrayList<>(batchSize);
                for (List<String> record = csv.next(); record != null; record = csv.next()) {
                    rowNumber++;
                    if (!(record.size() == 1 && record.getFirst().isBlank())) {
                        batch.add(new RowChecker.Raw(rowNumber, record));
                    }
                    if (batch.size() == batchSize) {
                        write(library, checker, batch, note, progress, rejections);
                        batch = new ArrayList<>(batchSize);
                    }
                }
                write(library, checker, batch, note, progress, rejections);
            } catch (IOException | UncheckedIOException e) {
                throw unreadable(e);
            }
        });
        return new Result(rejections);
    }

    /** The first rows of the file as the import would decide them, writing nothing. */
    public List<RowChecker.Decided> preview(Library library, Upload upload, Path file, ColumnMapping mapping,
            int rows) {
        RowChecker checker = checker(library, upload, mapping);
        List<RowChecker.Decided> decided = new ArrayList<>();
        try (Reader reader = CsvFiles.reader(file)) {
            CsvReader csv = new CsvReader(reader, upload.separator());
            csv.next();
            long rowNumber = 1;
            for (List<String> record = csv.next(); record != null && decided.size() < rows; record = csv.next()) {
                rowNumber++;
                decided.add(checker.inOrder(checker.alone(new RowChecker.Raw(rowNumber, record))));
            }
            return decided;
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
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

    private void write(Library library, RowChecker checker, List<RowChecker.Raw> batch, String note,
            LiveProgress progress, List<Rejection> rejections) {
        List<RowChecker.Checked> checked = pool.submit(() -> batch.parallelStream().map(checker::alone).toList())
                .join();
        List<PreparedMember> accepted = new ArrayList<>(checked.size());
        for (RowChecker.Checked row : checked) {
            RowChecker.Decided decided = checker.inOrder(row);
            if (decided.member() == null) {
                rejections.addAll(decided.rejections());
                progress.rejected.incrementAndGet();
            } else {
                accepted.add(decided.member());
                progress.renumbered.addAndGet(decided.renumbered() ? 1 : 0);
            }
        }
        if (!accepted.isEmpty()) {
            progress.imported.addAndGet(members.write(library, accepted, note));
        }
        progress.processed.addAndGet(batch.size());
    }

    private static RuntimeException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new ImportFileException("imports.file.encoding");
        }
        return e instanceof UncheckedIOException unchecked ? unchecked : new UncheckedIOException((IOException) e);
    }
}

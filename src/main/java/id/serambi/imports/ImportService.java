package id.serambi.imports;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.serambi.imports.internal.ImportRunRepository;
import id.serambi.imports.internal.ImportRunner;
import id.serambi.imports.internal.LiveProgress;
import id.serambi.imports.internal.RejectedReport;
import id.serambi.imports.internal.Rejection;
import id.serambi.imports.internal.Uploads;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;
import id.serambi.shared.security.CurrentStaff;

/** Member imports: upload a file, preview it through a mapping, run it (in the background or at once), the report. */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Uploads uploads;
    private final ImportRunner runner;
    private final ImportRunRepository runs;
    private final Messages messages;
    private final Clock clock;
    private final id.serambi.libraries.LibraryService libraries;
    private final id.serambi.imports.internal.ImportRetention retention;
    private final ExecutorService background = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("member-import").daemon().factory());
    private final Map<Long, LiveProgress> live = new ConcurrentHashMap<>();
    private final id.serambi.imports.internal.ImportPhotoRepository photoReferences;
    private final id.serambi.imports.internal.PhotoAttacher photos;

    ImportService(Uploads uploads, ImportRunner runner, ImportRunRepository runs, Messages messages, Clock clock,
            id.serambi.libraries.LibraryService libraries, id.serambi.imports.internal.ImportRetention retention,
            id.serambi.imports.internal.ImportPhotoRepository photoReferences,
            id.serambi.imports.internal.PhotoAttacher photos) {
        this.photoReferences = photoReferences;
        this.photos = photos;
        this.libraries = libraries;
        this.retention = retention;
        this.uploads = uploads;
        this.runner = runner;
        this.runs = runs;
        this.messages = messages;
        this.clock = clock;
    }

    public Upload upload(Library library, String fileName, InputStream content) {
        return upload(library, fileName, content, null);
    }

    /**
     * Stores and scans a file; {@code encoding} is its character set (UTF-8 when blank; Windows-1252 for the Latin-1
     * files of older spreadsheets), refused when Java does not know it.
     */
    public Upload upload(Library library, String fileName, InputStream content, String encoding) {
        return uploads.store(library.id(), fileName, content, charset(encoding));
    }

    private static java.nio.charset.Charset charset(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        try {
            return java.nio.charset.Charset.forName(encoding.strip());
        } catch (IllegalArgumentException unknown) {
            throw new ImportFileException("imports.file.encodingUnknown", encoding.strip());
        }
    }

    public Upload upload(Library library, String uploadId) {
        return uploads.find(library.id(), uploadId);
    }

    /** The first rows as the import would decide them, with the reasons in the user's language. */
    public List<PreviewRow> preview(Library library, String uploadId, ColumnMapping mapping, int rows) {
        Upload upload = upload(library, uploadId);
        return runner.preview(library, upload, uploads.file(library.id(), uploadId), mapping, rows).stream()
                .map(d -> new PreviewRow(d.raw().rowNumber(), d.raw().cells(), d.rejections().stream()
                        .map(r -> RejectedReport.columnLabel(messages,
                                org.springframework.context.i18n.LocaleContextHolder.getLocale(), r.field(),
                                r.column()) + ": " + messages.get(r.messageKey(), r.args().toArray()))
                        .toList(), d.renumbered()))
                .toList();
    }

    /**
     * The mapping with a proposed category for every member type of the file that has none: the active category whose
     * code or name is the type's (letter case, spaces and punctuation aside), else whose name contains it or is
     * contained in it when only one does. Types with no such category keep the default.
     */
    public ColumnMapping withProposedTypes(Library library, Upload upload, ColumnMapping mapping) {
        List<id.serambi.libraries.MemberCategory> categories = libraries.categories(library.id()).stream()
                .filter(id.serambi.libraries.MemberCategory::active).toList();
        Map<String, String> types = new java.util.LinkedHashMap<>(mapping.categoryByType());
        for (String type : upload.valuesOf(mapping.column(Target.MEMBER_TYPE))) {
            String given = types.get(type);
            if (type.isBlank() || (given != null && !given.isBlank())) {
                continue;
            }
            String key = comparable(type);
            List<id.serambi.libraries.MemberCategory> same = categories.stream()
                    .filter(c -> comparable(c.code()).equals(key) || comparable(c.name()).equals(key)).toList();
            List<id.serambi.libraries.MemberCategory> near = categories.stream()
                    .filter(c -> !key.isEmpty() && (comparable(c.name()).contains(key)
                            || key.contains(comparable(c.name())))).toList();
            if (!same.isEmpty()) {
                types.put(type, same.getFirst().code());
            } else if (near.size() == 1) {
                types.put(type, near.getFirst().code());
            }
        }
        return new ColumnMapping(mapping.preset(), mapping.columns(), types, mapping.defaultCategory());
    }

    private static String comparable(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** How many days uploads and rejected rows of the library are kept. */
    public int retentionDays(Library library) {
        return retention.days(library.id());
    }

    public void setRetentionDays(Library library, int days) {
        retention.setDays(library.id(), days);
    }

    /** Deletes an upload that will not be imported (the mapping page left, the API's start refused). */
    public void abandon(Library library, String uploadId) {
        uploads.delete(library.id(), uploadId);
    }

    /** Starts the import in the background (one at a time per server) and answers its run id at once. */
    public long start(Library library, String uploadId, ColumnMapping proposed) {
        Upload upload = upload(library, uploadId);
        ColumnMapping mapping = withProposedTypes(library, upload, proposed);
        runner.preview(library, upload, uploads.file(library.id(), uploadId), mapping, 0);
        long id = runs.start(library.id(), upload.fileName(), mapping.preset(), upload.rows(), upload.header(),
                CurrentStaff.accountIdOrNull(), clock.instant());
        LiveProgress progress = new LiveProgress();
        live.put(id, progress);
        // The run goes on in the background as the staff member who started it: their name goes into every member's
        // history.
        background.submit(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(
                () -> execute(library, upload, mapping, id, progress)));
        return id;
    }

    /** Runs the import in this thread (the command line) and answers the finished run. */
    public ImportRun runNow(Library library, String uploadId, ColumnMapping proposed) {
        Upload upload = upload(library, uploadId);
        ColumnMapping mapping = withProposedTypes(library, upload, proposed);
        long id = runs.start(library.id(), upload.fileName(), mapping.preset(), upload.rows(), upload.header(),
                CurrentStaff.accountIdOrNull(), clock.instant());
        execute(library, upload, mapping, id, new LiveProgress());
        return run(library, id);
    }

    public ImportRun run(Library library, long runId) {
        ImportRun stored = runs.find(library.id(), runId).orElseThrow(() -> new ImportNotFoundException("" + runId));
        LiveProgress progress = live.get(runId);
        if (!stored.running() || progress == null) {
            return stored;
        }
        return new ImportRun(stored.id(), stored.fileName(), stored.preset(), stored.status(), stored.totalRows(),
                progress.processed(), progress.imported(), progress.rejected(), progress.renumbered(),
                progress.withoutNik(), progress.minorsWithoutGuardian(), null,
                stored.startedAt(), null);
    }

    public List<ImportRun> recent(Library library) {
        return runs.recent(library.id()).stream().map(run -> run.running() ? run(library, run.id()) : run).toList();
    }

    /**
     * Marks the runs an earlier process left RUNNING (started before {@code processStart}, so not this process's own)
     * as FAILED with the reason {@code imports.failed.interrupted}; called once at start-up.
     */
    public int failInterrupted(java.time.Instant processStart) {
        int interrupted = runs.failInterrupted(processStart, clock.instant());
        if (interrupted > 0) {
            log.warn("{} import(s) left running by an earlier process marked as interrupted; nothing of them was "
                    + "written", interrupted);
        }
        return interrupted;
    }

    /**
     * Gives a finished run's members the photos their rows named (SLiMS's member_image) from a zip of the old
     * system's photo folder; a photo missing from the zip or refused is a warning on its row.
     */
    public PhotosAdded addPhotos(Library library, long runId, InputStream zip) {
        if (run(library, runId).status() != ImportRun.Status.DONE) {
            throw new ImportFileException("imports.photos.notDone");
        }
        return photos.attach(library, runId, zip);
    }

    /** The rejected rows as CSV, reasons in the language of the one who asks. */
    public String rejectedReport(Library library, long runId) {
        run(library, runId);
        if (runs.rejectionsDeleted(library.id(), runId)) {
            throw new ImportReportExpiredException(runId);
        }
        return RejectedReport.csv(messages, org.springframework.context.i18n.LocaleContextHolder.getLocale(),
                runs.header(library.id(), runId), runs.rejections(library.id(), runId));
    }

    private void execute(Library library, Upload upload, ColumnMapping mapping, long id, LiveProgress progress) {
        String note = "IMPORT " + id + " " + mapping.preset() + " " + upload.fileName();
        List<Rejection> rejections = List.of();
        try {
            ImportRunner.Result result = runner.run(library, upload, uploads.file(library.id(), upload.id()), mapping,
                    note, progress);
            rejections = result.rejections();
            photoReferences.save(library.id(), id, result.photos());
            finish(library, id, ImportRun.Status.DONE, progress, null, rejections);
        } catch (DomainException refused) {
            finish(library, id, ImportRun.Status.FAILED, progress, refused.messageKey(), rejections);
        } catch (RuntimeException failed) {
            log.error("Import {} of library {} failed; nothing was written", id, library.code(), failed);
            finish(library, id, ImportRun.Status.FAILED, progress, "imports.failed.unexpected", rejections);
        } finally {
            live.remove(id);
            uploads.delete(library.id(), upload.id());
        }
    }

    private void finish(Library library, long id, ImportRun.Status status, LiveProgress progress, String failure,
            List<Rejection> rejections) {
        runs.addRejections(library.id(), id, rejections);
        runs.finish(library.id(), id, status, progress, failure, clock.instant());
    }
}

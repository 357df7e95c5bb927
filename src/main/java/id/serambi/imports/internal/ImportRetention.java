package id.serambi.imports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.LibraryId;

/**
 * Personal data an import leaves behind does not stay: uploaded files (full NIKs), the rejected rows kept for the
 * report and the rows' photo file names (kept for a photo zip sent later) are deleted once the library's retention
 * (import_settings, 7 days unless set) has passed since the upload or the run's end. Run by {@link ImportRetentionJob} a minute after start-up and every hour; the run's counts stay,
 * its report then answers 410.
 */
@Component
public class ImportRetention {

    private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);
    public static final int DEFAULT_DAYS = 7;

    private final JdbcClient jdbc;
    private final Uploads uploads;
    private final Clock clock;

    ImportRetention(JdbcClient jdbc, Uploads uploads, Clock clock) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** The library's retention in days. */
    public int days(LibraryId library) {
        return jdbc.sql("select retention_days from import_settings where library_id = ?").param(library.value())
                .query(Integer.class).optional().orElse(DEFAULT_DAYS);
    }

    /** Sets the library's retention (1 to 90 days). */
    public void setDays(LibraryId library, int days) {
        jdbc.sql("""
                insert into import_settings (library_id, retention_days) values (?, ?)
                on conflict (library_id) do update set retention_days = excluded.retention_days""")
                .params(library.value(), days).update();
    }

    public void purge() {
        Instant now = clock.instant();
        int rows = jdbc.sql("""
                with expired as (
                    update import_run r set rejections_deleted_at = ?
                    where r.finished_at is not null and r.rejections_deleted_at is null
                      and r.finished_at < ?::timestamptz - make_interval(days => coalesce((select s.retention_days
                          from import_settings s where s.library_id = r.library_id), ?))
                    returning r.library_id, r.id)
                , photos as (
                    delete from import_photo p using expired e where p.library_id = e.library_id and p.run_id = e.id)
                delete from import_rejection j using expired e where j.library_id = e.library_id and j.run_id = e.id""")
                .params(Timestamp.from(now), Timestamp.from(now), DEFAULT_DAYS).update();
        int files = 0;
        for (Path folder : uploads.libraryFolders()) {
            LibraryId library = new LibraryId(Integer.parseInt(folder.getFileName().toString()));
            Instant before = now.minus(Duration.ofDays(days(library)));
            try (Stream<Path> stored = Files.list(folder)) {
                for (Path file : stored.toList()) {
                    if (file.getFileName().toString().matches("[0-9a-f-]{36}\\.csv")
                            && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        uploads.delete(library, file.getFileName().toString().replaceFirst("\\.csv$", ""));
                        files++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (rows > 0 || files > 0) {
            log.info("Import retention: {} rejected row(s) and {} upload(s) past their library's retention deleted",
                    rows, files);
        }
    }
}

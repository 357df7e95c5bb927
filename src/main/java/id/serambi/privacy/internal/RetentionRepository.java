package id.serambi.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.privacy.RetentionRun;
import id.serambi.privacy.RetentionSettings;

/** Retention rules per library (defaults until a library saves its own) and the log of their runs. */
@Repository
public class RetentionRepository {

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RetentionSettings settings(LibraryId library) {
        return jdbc.sql("select unverified_application_days, guest_book_months from privacy_retention "
                + "where library_id = ?").params(library.value())
                .query((rs, row) -> new RetentionSettings(rs.getInt(1), rs.getInt(2))).optional()
                .orElse(RetentionSettings.DEFAULTS);
    }

    public void save(LibraryId library, RetentionSettings settings, Long staff, Instant at) {
        jdbc.sql("""
                insert into privacy_retention (library_id, unverified_application_days, guest_book_months,
                    updated_at, updated_by) values (?, ?, ?, ?, ?)
                on conflict (library_id) do update set unverified_application_days = excluded.unverified_application_days,
                    guest_book_months = excluded.guest_book_months, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by""")
                .params(library.value(), settings.unverifiedApplicationDays(), settings.guestBookMonths(),
                        Timestamp.from(at), staff)
                .update();
    }

    public void logRun(LibraryId library, RetentionRun run, Long staff) {
        jdbc.sql("""
                insert into privacy_retention_run (library_id, ran_at, applications_erased, visits_anonymised,
                    staff_account_id) values (?, ?, ?, ?, ?)""")
                .params(library.value(), Timestamp.from(run.ranAt()), run.applicationsErased(),
                        run.visitsAnonymised(), staff)
                .update();
    }

    public List<RetentionRun> lastRuns(LibraryId library, int limit) {
        return jdbc.sql("select ran_at, applications_erased, visits_anonymised from privacy_retention_run "
                + "where library_id = ? order by ran_at desc, id desc limit ?").params(library.value(), limit)
                .query((rs, row) -> new RetentionRun(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3)))
                .list();
    }
}

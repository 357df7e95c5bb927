package id.serambi.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.imports.ImportRun;
import id.serambi.imports.Preset;
import id.serambi.libraries.LibraryId;

/** Import runs and their rejected rows; the library is always the first parameter. */
@Repository
public class ImportRunRepository {

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(LibraryId library, String fileName, Preset preset, long rows, List<String> header, Long staff,
            Instant at) {
        return jdbc.sql("""
                insert into import_run (library_id, file_name, preset, status, total_rows, header, staff_account_id,
                    started_at) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?) returning id""")
                .params(library.value(), fileName, preset.name(), rows, header.toArray(String[]::new), staff,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    public void finish(LibraryId library, long id, ImportRun.Status status, LiveProgress progress, String failure,
            Instant at) {
        boolean done = status == ImportRun.Status.DONE;
        jdbc.sql("""
                update import_run set status = ?, imported = ?, rejected = ?, renumbered = ?, without_nik = ?,
                    minors_without_guardian = ?, failure = ?, finished_at = ? where library_id = ? and id = ?""")
                .params(status.name(), done ? progress.imported() : 0, done ? progress.rejected() : 0,
                        done ? progress.renumbered() : 0, done ? progress.withoutNik() : 0,
                        done ? progress.minorsWithoutGuardian() : 0, failure, Timestamp.from(at), library.value(), id)
                .update();
    }

    /**
     * Runs still RUNNING that started before the given moment, in any library, become FAILED as interrupted: an
     * import is one transaction, so a process that died with it left nothing written. Answers how many.
     */
    public int failInterrupted(Instant startedBefore, Instant at) {
        return jdbc.sql("""
                update import_run set status = 'FAILED', failure = 'imports.failed.interrupted', imported = 0,
                    rejected = 0, renumbered = 0, without_nik = 0, minors_without_guardian = 0, finished_at = ?
                where status = 'RUNNING' and started_at < ?""")
                .params(Timestamp.from(at), Timestamp.from(startedBefore)).update();
    }

    public void addRejections(LibraryId library, long id, List<Rejection> rejections) {
        int[] position = {0};
        List<Object[]> rows = rejections.stream().map(r -> new Object[] {library.value(), id, r.rowNumber(),
                position[0]++, r.field(), r.column(), r.messageKey(), r.args().toArray(String[]::new),
                r.cells().toArray(String[]::new)}).toList();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + 1000));
            jdbc.sql("""
                    insert into import_rejection (library_id, run_id, row_number, position, field, column_name,
                        message_key, args, cells)
                    select ?, ?, r, p, f, c, k, string_to_array(a, chr(31)), string_to_array(v, chr(31))
                    from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        as x(r, p, f, c, k, a, v)""")
                    .params(library.value(), id, column(part, 2, Long[]::new), column(part, 3, Integer[]::new),
                            column(part, 4, String[]::new), column(part, 5, String[]::new),
                            column(part, 6, String[]::new), joined(part, 7), joined(part, 8))
                    .update();
        }
    }

    public Optional<ImportRun> find(LibraryId library, long id) {
        return jdbc.sql("select * from import_run where library_id = ? and id = ?").params(library.value(), id)
                .query(ImportRunRepository::run).optional();
    }

    public List<ImportRun> recent(LibraryId library) {
        return jdbc.sql("select * from import_run where library_id = ? order by id desc limit 20")
                .param(library.value()).query(ImportRunRepository::run).list();
    }

    /** Whether the run's rejected rows were deleted at the end of the library's retention. */
    public boolean rejectionsDeleted(LibraryId library, long id) {
        return jdbc.sql("select rejections_deleted_at is not null from import_run where library_id = ? and id = ?")
                .params(library.value(), id).query(Boolean.class).single();
    }

    public List<String> header(LibraryId library, long id) {
        return jdbc.sql("select header from import_run where library_id = ? and id = ?").params(library.value(), id)
                .query((rs, n) -> strings(rs.getArray(1))).single();
    }

    public List<Rejection> rejections(LibraryId library, long id) {
        return jdbc.sql("""
                select row_number, field, column_name, message_key, args, cells from import_rejection
                where library_id = ? and run_id = ? order by row_number, position""")
                .params(library.value(), id)
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        strings(rs.getArray(5)), strings(rs.getArray(6))))
                .list();
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
        return rows.stream().map(row -> (T) row[index]).toArray(array);
    }

    /** Arrays of arrays are not rectangular here, so each row's values travel joined by the unit separator. */
    private static String[] joined(List<Object[]> rows, int index) {
        return rows.stream().map(row -> String.join("\u001f", (String[]) row[index])).toArray(String[]::new);
    }

    private static ImportRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        ImportRun.Status status = ImportRun.Status.valueOf(rs.getString("status"));
        long total = rs.getLong("total_rows");
        return new ImportRun(rs.getLong("id"), rs.getString("file_name"), Preset.valueOf(rs.getString("preset")),
                status, total, status == ImportRun.Status.RUNNING ? 0 : total, rs.getLong("imported"),
                rs.getLong("rejected"), rs.getLong("renumbered"), rs.getLong("without_nik"),
                rs.getLong("minors_without_guardian"), rs.getString("failure"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}

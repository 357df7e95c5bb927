package id.serambi.internetroom.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** Usage of the internet room per day, workstation and patron category, in one pass with grouping sets. */
@Repository
public class UsageRepository {

    /** One group: exactly one of day, workstation and category is set ("-" for a member without category). */
    public record UsageRow(LocalDate day, String workstation, String category, long sessions, long minutes) {
    }

    private final JdbcClient jdbc;

    UsageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UsageRow> between(LibraryId library, LocalDate from, LocalDate to, Instant now) {
        return jdbc.sql("""
                select s.started_on, w.name, coalesce(s.category_code, '-') as category, count(*) as sessions,
                       round(sum(extract(epoch from least(coalesce(s.ended_at, cast(? as timestamptz)), s.ends_at)
                                                     - s.started_at)) / 60) as minutes
                from internet_session s join workstation w on w.library_id = s.library_id and w.id = s.workstation_id
                where s.library_id = ? and s.started_on between ? and ?
                group by grouping sets ((s.started_on), (w.name), (coalesce(s.category_code, '-')))""")
                .params(Timestamp.from(now), library.value(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new UsageRow(rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate(),
                        rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}

package id.serambi.internetroom.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.internetroom.InternetSession;
import id.serambi.internetroom.SessionStatus;
import id.serambi.libraries.LibraryId;

/** Internet sessions. */
@Repository
public class SessionRepository {

    private static final String COLUMNS = """
            s.id, s.workstation_id, w.name as workstation_name, s.member_number, s.started_at, s.ends_at,
            s.ended_at, s.status, s.tidied_at
            from internet_session s join workstation w on w.library_id = s.library_id and w.id = s.workstation_id""";

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LibraryId library, long workstationId, String memberNumber, String categoryCode,
            Instant startedAt, LocalDate startedOn, Instant endsAt, Long staff) {
        return jdbc.sql("""
                insert into internet_session (library_id, workstation_id, member_number, category_code, started_at,
                    started_on, ends_at, started_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(library.value(), workstationId, memberNumber, categoryCode, Timestamp.from(startedAt),
                        Date.valueOf(startedOn), Timestamp.from(endsAt), staff)
                .query(Long.class).single();
    }

    public Optional<InternetSession> lock(LibraryId library, long id) {
        return jdbc.sql("select " + COLUMNS + " where s.library_id = ? and s.id = ? for update of s")
                .params(library.value(), id).query(SessionRepository::session).optional();
    }

    public List<InternetSession> active(LibraryId library) {
        return jdbc.sql("select " + COLUMNS + " where s.library_id = ? and s.status = 'ACTIVE' order by s.ends_at")
                .param(library.value()).query(SessionRepository::session).list();
    }

    public List<InternetSession> awaitingTidy(LibraryId library, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " where s.library_id = ? and s.started_on = ? and s.status <> 'ACTIVE' "
                + "and s.tidied_at is null order by s.ended_at").params(library.value(), Date.valueOf(day))
                .query(SessionRepository::session).list();
    }

    public boolean workstationBusy(LibraryId library, long workstationId) {
        return jdbc.sql("""
                select exists (select 1 from internet_session
                               where library_id = ? and workstation_id = ? and status = 'ACTIVE')""")
                .params(library.value(), workstationId).query(Boolean.class).single();
    }

    public boolean memberBusy(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select exists (select 1 from internet_session
                               where library_id = ? and member_number = ? and status = 'ACTIVE')""")
                .params(library.value(), memberNumber).query(Boolean.class).single();
    }

    /** Seconds the member has used on the given day, counting a running session up to {@code now}. */
    public long secondsUsed(LibraryId library, String memberNumber, LocalDate day, Instant now) {
        return jdbc.sql("""
                select coalesce(sum(extract(epoch from least(coalesce(ended_at, cast(? as timestamptz)), ends_at)
                                                  - started_at)), 0)
                from internet_session where library_id = ? and member_number = ? and started_on = ?""")
                .params(Timestamp.from(now), library.value(), memberNumber, Date.valueOf(day))
                .query(Double.class).single().longValue();
    }

    public void end(LibraryId library, long id, SessionStatus status, Instant at, Long staff) {
        jdbc.sql("update internet_session set status = ?, ended_at = ?, ended_by = ? where library_id = ? and id = ?")
                .params(status.name(), Timestamp.from(at), staff, library.value(), id).update();
    }

    /** Ends every running session whose time is up, as of when its time was up; returns them. */
    public List<InternetSession> expireDue(LibraryId library, Instant now) {
        return jdbc.sql("""
                update internet_session s set status = 'EXPIRED', ended_at = s.ends_at
                from workstation w
                where s.library_id = ? and s.status = 'ACTIVE' and s.ends_at <= ?
                  and w.library_id = s.library_id and w.id = s.workstation_id
                returning s.id, s.workstation_id, w.name as workstation_name, s.member_number, s.started_at,
                          s.ends_at, s.ended_at, s.status, s.tidied_at""")
                .params(library.value(), Timestamp.from(now)).query(SessionRepository::session).list();
    }

    public void tidied(LibraryId library, long id, Instant at, Long staff) {
        jdbc.sql("update internet_session set tidied_at = ?, tidied_by = ? where library_id = ? and id = ?")
                .params(Timestamp.from(at), staff, library.value(), id).update();
    }

    private static InternetSession session(ResultSet rs, int row) throws SQLException {
        return new InternetSession(rs.getLong("id"), rs.getLong("workstation_id"), rs.getString("workstation_name"),
                rs.getString("member_number"), instant(rs, "started_at"), instant(rs, "ends_at"),
                instant(rs, "ended_at"), SessionStatus.valueOf(rs.getString("status")), instant(rs, "tidied_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

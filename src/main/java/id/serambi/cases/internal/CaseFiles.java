package id.serambi.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cases.CaseNotFoundException;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.ServiceKind;

/** Cases as the desk handles them: queue tickets, calls, skips, closing, and the subjects a case gathers. */
@Repository
public class CaseFiles {

    private static final String HEAD = """
            select f.id, f.service_kind, f.service_id, f.standard_version, f.opened_at, f.queue_day, f.queue_number,
                   f.called_at, f.last_called_at, f.calls, f.counter, f.skipped_at, f.closed_at,
                   (select m.subject_ref from case_subject m where m.library_id = f.library_id and m.case_id = f.id
                      and m.subject_kind = 'MEMBER' order by m.position limit 1) as member_number
            from case_file f
            """;

    private final JdbcClient jdbc;

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as the desk sees it; the queue fields are null for a case that did not start with a ticket. */
    public record Head(UUID id, ServiceKind service, long serviceId, int version, Instant openedAt,
            LocalDate queueDay, String queueNumber, Instant calledAt, Instant lastCalledAt, int calls, String counter,
            Instant skippedAt, Instant closedAt, String memberNumber) {

        public boolean open() {
            return closedAt == null;
        }
    }

    /** The next number of the day for the prefix (1, 2, ...), counted atomically per library. */
    public int nextNumber(LibraryId library, LocalDate day, String prefix) {
        return jdbc.sql("""
                insert into case_queue_counter (library_id, queue_day, prefix, last_number) values (?, ?, ?, 1)
                on conflict (library_id, queue_day, prefix)
                do update set last_number = case_queue_counter.last_number + 1
                returning last_number""")
                .params(library.value(), day, prefix).query(Integer.class).single();
    }

    /** Opens a case on arrival, known by its ticket until a member, session or complaint joins it. */
    public void openTicket(LibraryId library, UUID id, ServiceKind service, long serviceId, int version, Instant at,
            LocalDate day, String queueNumber) {
        jdbc.sql("""
                insert into case_file (library_id, id, service_id, service_kind, standard_version, opened_at,
                                       queue_day, queue_number)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), id, serviceId, service.name(), version, Timestamp.from(at), day, queueNumber)
                .update();
        attach(library, id, SubjectKind.TICKET, day + " " + queueNumber, service);
    }

    /** The subject joins the case, unless it already has an open case of the service (then nothing changes). */
    public void attach(LibraryId library, UUID caseId, SubjectKind subject, String ref, ServiceKind service) {
        jdbc.sql("""
                insert into case_subject (library_id, case_id, position, subject_kind, subject_ref, service_kind)
                select :library, :case, coalesce(max(position), 0) + 1, :subject, :ref, :service
                from case_subject where library_id = :library and case_id = :case
                on conflict do nothing""")
                .param("library", library.value()).param("case", caseId).param("subject", subject.name())
                .param("ref", ref).param("service", service.name())
                .update();
    }

    public Optional<Head> find(LibraryId library, UUID caseId) {
        return jdbc.sql(HEAD + " where f.library_id = ? and f.id = ?").params(library.value(), caseId)
                .query(CaseFiles::head).optional();
    }

    /** The case, locked for the caller's transaction. */
    public Optional<Head> lock(LibraryId library, UUID caseId) {
        return jdbc.sql(HEAD + " where f.library_id = ? and f.id = ? for update of f").params(library.value(), caseId)
                .query(CaseFiles::head).optional();
    }

    /** The oldest ticket still waiting for its first call, locked (skipping one another desk is calling). */
    public Optional<Head> nextWaiting(LibraryId library, List<String> services) {
        return jdbc.sql(HEAD + """
                 where f.library_id = :library and f.closed_at is null and f.queue_number is not null
                   and f.called_at is null and f.service_kind in (:services)
                 order by f.opened_at, f.queue_number limit 1 for update of f skip locked""")
                .param("library", library.value()).param("services", services)
                .query(CaseFiles::head).optional();
    }

    public void call(LibraryId library, UUID caseId, Instant at, Long staff, String counter) {
        jdbc.sql("""
                update case_file set called_at = coalesce(called_at, ?), last_called_at = ?, calls = calls + 1,
                       called_by = coalesce(?, called_by), counter = coalesce(?, counter)
                where library_id = ? and id = ?""")
                .params(Timestamp.from(at), Timestamp.from(at), staff, counter, library.value(), caseId).update();
    }

    /** Closes the case (its last step was reached, or its ticket was skipped) and frees its subjects. */
    public void close(LibraryId library, UUID caseId, Instant at, boolean skipped) {
        jdbc.sql("""
                update case_file set closed_at = :at, skipped_at = case when :skipped then cast(:at as timestamptz) end
                where library_id = :library and id = :case and closed_at is null""")
                .param("at", Timestamp.from(at)).param("skipped", skipped).param("library", library.value())
                .param("case", caseId).update();
        jdbc.sql("update case_subject set closed = true where library_id = ? and case_id = ?")
                .params(library.value(), caseId).update();
    }

    /** The subject's open case of any service, the most recent first. */
    public Optional<Head> openOf(LibraryId library, SubjectKind subject, String ref) {
        return jdbc.sql(HEAD + """
                 join case_subject s on s.library_id = f.library_id and s.case_id = f.id
                 where s.library_id = ? and s.subject_kind = ? and s.subject_ref = ? and not s.closed
                 order by f.opened_at desc limit 1""")
                .params(library.value(), subject.name(), ref).query(CaseFiles::head).optional();
    }

    /** The most recently opened closed case of the subject for the service. */
    public Optional<Head> lastClosed(LibraryId library, SubjectKind subject, String ref, ServiceKind service) {
        return jdbc.sql(HEAD + """
                 join case_subject s on s.library_id = f.library_id and s.case_id = f.id
                 where s.library_id = ? and s.subject_kind = ? and s.subject_ref = ? and s.service_kind = ?
                   and s.closed
                 order by f.opened_at desc limit 1""")
                .params(library.value(), subject.name(), ref, service.name()).query(CaseFiles::head).optional();
    }

    /** The library's open cases, oldest first: the most recent ones up to the limit. */
    public List<Head> open(LibraryId library, List<String> services, int limit) {
        return jdbc.sql("select * from (" + HEAD + """
                 where f.library_id = :library and f.closed_at is null and f.service_kind in (:services)
                 order by f.opened_at desc limit :limit) recent order by opened_at""")
                .param("library", library.value()).param("services", services).param("limit", limit)
                .query(CaseFiles::head).list();
    }

    /** Tickets called today, the most recent call first. */
    public List<Head> calledOn(LibraryId library, LocalDate day, int limit) {
        return jdbc.sql(HEAD + """
                 where f.library_id = ? and f.queue_day = ? and f.last_called_at is not null and f.skipped_at is null
                 order by f.last_called_at desc limit ?""")
                .params(library.value(), day, limit).query(CaseFiles::head).list();
    }

    /** How many tickets of the day still wait for their first call. */
    public int waiting(LibraryId library, LocalDate day) {
        return jdbc.sql("""
                select count(*) from case_file where library_id = ? and queue_day = ? and called_at is null
                  and closed_at is null""")
                .params(library.value(), day).query(Integer.class).single();
    }

    /** The case's questionnaire token: the one it has, else the candidate, stored now. */
    public String surveyToken(LibraryId library, UUID caseId, String candidate) {
        return jdbc.sql("""
                update case_file set survey_token = coalesce(survey_token, ?) where library_id = ? and id = ?
                returning survey_token""")
                .params(candidate, library.value(), caseId).query(String.class).optional()
                .orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** The case whose ticket carries the questionnaire token. */
    public Optional<UUID> bySurveyToken(LibraryId library, String token) {
        return jdbc.sql("select id from case_file where library_id = ? and survey_token = ?")
                .params(library.value(), token).query(UUID.class).optional();
    }

    /** How many tickets of the service's day, taken before this one, still wait for their first call. */
    public int waitingBefore(LibraryId library, Head head) {
        return jdbc.sql("""
                select count(*) from case_file where library_id = ? and queue_day = ? and service_kind = ?
                  and called_at is null and closed_at is null and opened_at < ?""")
                .params(library.value(), head.queueDay(), head.service().name(),
                        Timestamp.from(head.openedAt()))
                .query(Integer.class).single();
    }

    /** The first moment of each mark of each case. */
    public java.util.Map<UUID, java.util.Map<String, Instant>> moments(LibraryId library, List<UUID> cases) {
        java.util.Map<UUID, java.util.Map<String, Instant>> moments = new java.util.HashMap<>();
        if (cases.isEmpty()) {
            return moments;
        }
        jdbc.sql("""
                select case_id, coalesce(checkpoint, step_key::text), min(reached_at) from case_event
                where library_id = :library and case_id in (:cases) group by 1, 2""")
                .param("library", library.value()).param("cases", cases)
                .query(rs -> {
                    moments.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.HashMap<>())
                            .put(rs.getString(2), rs.getTimestamp(3).toInstant());
                });
        return moments;
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(rs.getObject("id", UUID.class), ServiceKind.valueOf(rs.getString("service_kind")),
                rs.getLong("service_id"), rs.getInt("standard_version"), instant(rs, "opened_at"),
                rs.getObject("queue_day", LocalDate.class), rs.getString("queue_number"), instant(rs, "called_at"),
                instant(rs, "last_called_at"), rs.getInt("calls"), rs.getString("counter"),
                instant(rs, "skipped_at"), instant(rs, "closed_at"), rs.getString("member_number"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

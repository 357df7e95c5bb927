package id.serambi.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cases.CaseTimeline;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.ServiceKind;

/** Cases, the subjects they are known by, and every occurrence of their steps. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case still open: the service and the version of its standard it was opened under. */
    public record OpenCase(UUID id, long serviceId, int version) {
    }

    /** One recorded occurrence of a step of a case, for reading. */
    /**
     * One recorded occurrence of a step of a case, for reading; arrivedAt and calledAt are the case's ticket times
     * (null without a ticket), and mark and at are null for a ticket case with no step recorded yet.
     */
    public record Row(UUID caseId, String reference, long serviceId, int version, String mark, Instant at,
            Instant arrivedAt, Instant calledAt, Long staff) {
    }

    public Optional<OpenCase> findOpen(LibraryId library, SubjectKind subject, String ref, ServiceKind service) {
        return jdbc.sql("""
                select f.id, f.service_id, f.standard_version from case_subject s
                join case_file f on f.library_id = s.library_id and f.id = s.case_id
                where s.library_id = ? and s.subject_kind = ? and s.subject_ref = ? and s.service_kind = ?
                  and not s.closed""")
                .params(library.value(), subject.name(), ref, service.name())
                .query((rs, row) -> new OpenCase(rs.getObject(1, UUID.class), rs.getLong(2), rs.getInt(3)))
                .optional();
    }

    /** Opens a case for the subject unless another transaction just did; then that one is answered. */
    public OpenCase open(LibraryId library, SubjectKind subject, String ref, ServiceKind service, long serviceId,
            int version, Instant at) {
        UUID id = UUID.randomUUID();
        int opened = jdbc.sql("""
                with subject as (
                    insert into case_subject (library_id, case_id, position, subject_kind, subject_ref, service_kind)
                    values (:library, :id, 1, :subject, :ref, :service)
                    on conflict (library_id, subject_kind, subject_ref, service_kind) where not closed do nothing
                    returning case_id)
                insert into case_file (library_id, id, service_id, service_kind, standard_version, opened_at)
                select :library, case_id, :serviceId, :service, :version, :at from subject""")
                .param("library", library.value()).param("id", id).param("subject", subject.name())
                .param("ref", ref).param("service", service.name()).param("serviceId", serviceId)
                .param("version", version).param("at", Timestamp.from(at))
                .update();
        return opened == 1 ? new OpenCase(id, serviceId, version)
                : findOpen(library, subject, ref, service).orElseThrow();
    }

    /** Adds an occurrence; a case counts from its earliest step, whatever order the steps arrive in. */
    public void add(LibraryId library, UUID caseId, Checkpoint checkpoint, String stepKey, Instant at, Long staff) {
        jdbc.sql("""
                with occurrence as (
                    insert into case_event (library_id, case_id, checkpoint, step_key, reached_at, staff_account_id)
                    values (:library, :case, :checkpoint, cast(:key as uuid), :at, :staff))
                update case_file set opened_at = :at where library_id = :library and id = :case and opened_at > :at""")
                .param("library", library.value()).param("case", caseId)
                .param("checkpoint", checkpoint == null ? null : checkpoint.name()).param("key", stepKey)
                .param("at", Timestamp.from(at)).param("staff", staff)
                .update();
    }

    /** The first moment recorded under the mark (a checkpoint name, or a step key). */
    public Instant firstMoment(LibraryId library, UUID caseId, String mark) {
        return jdbc.sql("""
                select min(reached_at) from case_event where library_id = ? and case_id = ?
                  and coalesce(checkpoint, step_key::text) = ?""")
                .params(library.value(), caseId, mark).query(Timestamp.class).single().toInstant();
    }

    /**
     * Every occurrence of the service's cases that started in [from, to), by reference then time; a case is known by
     * its first subject other than its ticket (the member, session or complaint that joined it), else its ticket.
     * Skipped tickets are left out: nobody was served.
     */
    public List<Row> startedBetween(LibraryId library, ServiceKind service, Instant from, Instant to) {
        return jdbc.sql("""
                select f.id,
                       coalesce((select x.subject_ref from case_subject x where x.library_id = f.library_id
                                   and x.case_id = f.id and x.subject_kind <> 'TICKET' order by x.position limit 1),
                                s.subject_ref) as reference,
                       f.service_id, f.standard_version, coalesce(e.checkpoint, e.step_key::text), e.reached_at,
                       case when f.queue_number is not null then f.opened_at end, f.called_at, e.staff_account_id
                from case_file f
                join case_subject s on s.library_id = f.library_id and s.case_id = f.id and s.position = 1
                left join case_event e on e.library_id = f.library_id and e.case_id = f.id
                where f.library_id = ? and f.service_kind = ? and f.opened_at >= ? and f.opened_at < ?
                  and f.skipped_at is null and (e.id is not null or f.queue_number is not null)
                order by reference, f.id, e.reached_at, e.id""")
                .params(library.value(), service.name(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getInt(4), rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), rs.getObject(9, Long.class)))
                .list();
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    /** The subject's cases with all their occurrences. */
    public List<CaseTimeline> timelines(LibraryId library, SubjectKind subject, String ref) {
        Map<UUID, CaseTimeline> cases = new LinkedHashMap<>();
        jdbc.sql("""
                select f.id, f.service_kind, f.standard_version, f.opened_at, e.checkpoint, e.step_key::text,
                       e.reached_at, e.staff_account_id
                from case_subject s
                join case_file f on f.library_id = s.library_id and f.id = s.case_id
                join case_event e on e.library_id = f.library_id and e.case_id = f.id
                where s.library_id = ? and s.subject_kind = ? and s.subject_ref = ?
                order by f.opened_at, f.id, e.reached_at, e.id""")
                .params(library.value(), subject.name(), ref)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    CaseTimeline opened = new CaseTimeline(id, ServiceKind.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getTimestamp(4).toInstant(), new ArrayList<>());
                    String checkpoint = rs.getString(5);
                    cases.computeIfAbsent(id, key -> opened).occurrences().add(new CaseTimeline.Occurrence(
                            checkpoint == null ? null : Checkpoint.valueOf(checkpoint), rs.getString(6),
                            rs.getTimestamp(7).toInstant(), rs.getObject(8, Long.class)));
                });
        return cases.values().stream().map(c -> new CaseTimeline(c.caseId(), c.service(), c.standardVersion(),
                c.openedAt(), List.copyOf(c.occurrences()))).toList();
    }
}

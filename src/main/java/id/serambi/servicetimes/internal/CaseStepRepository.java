package id.serambi.servicetimes.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.libraries.ServiceKind;

/** Reads and writes recorded case steps. */
@Repository
public class CaseStepRepository {

    private final JdbcClient jdbc;

    CaseStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Cases of a service kind whose first recorded moment lies in [from, to): case → step key → moment. */
    public Map<String, Map<String, Instant>> casesStartedBetween(LibraryId library, ServiceKind kind, Instant from,
            Instant to) {
        Map<String, Map<String, Instant>> cases = new LinkedHashMap<>();
        jdbc.sql("""
                select s.case_ref, s.checkpoint, s.reached_at from case_step s
                join (select case_ref from case_step where library_id = :library and service_kind = :kind
                      group by case_ref having min(reached_at) >= :from and min(reached_at) < :to) c
                  on c.case_ref = s.case_ref
                where s.library_id = :library and s.service_kind = :kind
                order by s.case_ref, s.reached_at""")
                .param("library", library.value()).param("kind", kind.name())
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(rs -> {
                    cases.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getTimestamp(3).toInstant());
                });
        return cases;
    }

    /** Records a step ticked by staff; the first tick counts. */
    public Instant tick(LibraryId library, ServiceKind kind, String caseRef, String stepKey, Instant at, Long staff) {
        return jdbc.sql("""
                insert into case_step (library_id, service_kind, case_ref, checkpoint, reached_at, staff_account_id)
                values (?, ?, ?, ?, ?, ?)
                on conflict (library_id, service_kind, case_ref, checkpoint) do update
                set reached_at = case_step.reached_at
                returning reached_at""")
                .params(library.value(), kind.name(), caseRef, stepKey, Timestamp.from(at), staff)
                .query(Timestamp.class).single().toInstant();
    }
}

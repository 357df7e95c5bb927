package id.serambi.servicetimes.internal;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.serambi.libraries.CheckpointReached;

/**
 * Keeps each checkpoint of each case once, at its first moment: a repeated or late event changes nothing. Written in
 * the transaction of the step itself (a plain listener, not after commit): the time stamp commits or rolls back with
 * what it stamps, and a registration does not pay for an event publication, its after-commit transaction and its
 * bookkeeping (see docs/scaling.md, CPU per registration).
 */
@Component
class CaseStepRecorder {

    private final JdbcClient jdbc;

    CaseStepRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CheckpointReached event) {
        jdbc.sql("""
                insert into case_step (library_id, service_kind, case_ref, checkpoint, reached_at, staff_account_id)
                values (:library, :service, :caseRef, :checkpoint, :at, :staff)
                on conflict (library_id, service_kind, case_ref, checkpoint) do update
                set reached_at = least(case_step.reached_at, excluded.reached_at),
                    staff_account_id = case when excluded.reached_at < case_step.reached_at
                        then excluded.staff_account_id else case_step.staff_account_id end""")
                .param("library", event.library().value())
                .param("service", event.service().name())
                .param("caseRef", event.caseRef())
                .param("checkpoint", event.checkpoint().name())
                .param("at", Timestamp.from(event.at()))
                .param("staff", event.staffAccountId())
                .update();
    }
}

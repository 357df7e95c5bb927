package id.serambi.cases.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.serambi.cases.StepReached;

/**
 * Records each step in the transaction of the step itself (a plain listener, not after commit): the occurrence
 * commits or rolls back with what it stamps, and a registration does not pay for an event publication, its
 * after-commit transaction and its bookkeeping (see docs/scaling.md, CPU per registration). It only inserts.
 */
@Component
class CaseRecorder {

    private final CaseRouter router;

    CaseRecorder(CaseRouter router) {
        this.router = router;
    }

    @EventListener
    void on(StepReached step) {
        router.route(step);
    }
}

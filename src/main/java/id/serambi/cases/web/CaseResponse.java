package id.serambi.cases.web;

import java.time.Instant;
import java.util.UUID;

import id.serambi.cases.CaseView;

/** A case as the API answers it (`../shared/API.md`, cases). */
record CaseResponse(UUID caseId, String queueNumber, String service, String status, Instant openedAt,
        Instant calledAt, int calls, String counter, String memberNumber, Step currentStep, long stepElapsedSeconds,
        long caseElapsedSeconds, Integer standardSeconds, Instant deadline, boolean overdue) {

    /** The step the case waits for: its position, who does it, and whether staff tick it (no checkpoint). */
    record Step(int order, String actor, String description, String checkpoint, boolean ticked) {
    }

    static CaseResponse of(CaseView view) {
        CaseView.Step step = view.currentStep();
        return new CaseResponse(view.caseId(), view.queueNumber(), view.service(), view.status().name(),
                view.openedAt(), view.calledAt(), view.calls(), view.counter(), view.memberNumber(),
                step == null ? null : new Step(step.order(), step.actor(), step.description(),
                        step.checkpoint() == null ? null : step.checkpoint().name(), step.checkpoint() == null),
                view.stepElapsedSeconds(), view.caseElapsedSeconds(), view.standardSeconds(), view.deadline(),
                view.overdue());
    }
}

package id.serambi.cases;

import java.time.Instant;
import java.util.UUID;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ServiceKind;

/**
 * A case as the desk and the API show it: its ticket, where it stands in its procedure, its clocks against the
 * standard and its deadline.
 *
 * @param queueNumber the ticket ("A-007"), or null for a case that did not start with one
 * @param memberNumber the member who joined the case, if any
 * @param currentStep the step the case waits for; null when its procedure is done
 * @param stepElapsedSeconds since the latest recorded step (or the call, or the arrival)
 * @param standardSeconds the current step's standard; null when it is "as needed" or there is no current step
 * @param deadline when the whole case is due by the completion time (working days in service hours); null if none
 */
public record CaseView(UUID caseId, String queueNumber, String service, String serviceName, ServiceKind kind,
        Status status, Instant openedAt, Instant calledAt, int calls, String counter, String memberNumber,
        Step currentStep, long stepElapsedSeconds, long caseElapsedSeconds, Integer standardSeconds,
        Instant deadline, boolean overdue) {

    /** Where the case is: waiting for its ticket to be called, being served, done, or skipped. */
    public enum Status {
        WAITING, IN_SERVICE, CLOSED, SKIPPED
    }

    /**
     * A step of the case's procedure.
     *
     * @param checkpoint the moment Serambi records for it; null when staff tick it
     */
    public record Step(int order, String actor, String description, Checkpoint checkpoint) {
    }

    /** Green within 80 % of the step's standard, amber up to it, red beyond it; none when it has no standard. */
    public String clock() {
        if (standardSeconds == null || standardSeconds <= 0) {
            return "none";
        }
        if (stepElapsedSeconds > standardSeconds) {
            return "red";
        }
        return stepElapsedSeconds * 5 > standardSeconds * 4L ? "amber" : "green";
    }
}

package id.serambi.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.ServiceKind;

/** A case with every occurrence of its steps, oldest first (repeated rounds each appear). */
public record CaseTimeline(UUID caseId, ServiceKind service, int standardVersion, Instant openedAt,
        List<Occurrence> occurrences) {

    /** One occurrence: the checkpoint Serambi recorded, or the key of the step staff ticked (or both). */
    public record Occurrence(Checkpoint checkpoint, String stepKey, Instant at, Long staffAccountId) {
    }
}

package id.serambi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.serambi.libraries.StandardVersion;

/**
 * A case as service times measure it: the version of the standard it is judged against and the first moment of each
 * of its recorded steps (later occurrences of a step are kept, but a step's time runs to its first).
 *
 * @param reference the subject's reference the case was opened for (member number, session id, tracking code)
 * @param moments first moment by mark: a step's checkpoint name, or its key when staff tick it
 * @param arrivedAt when the case's queue ticket was taken (or a walk-in's case opened); null for a case that began
 *        with its first recorded step
 * @param calledAt when its ticket was first called (its waiting ended); null when never called
 * @param staff the staff accounts that recorded or ticked any of its steps
 */
public record CaseMoments(UUID caseId, String reference, StandardVersion version, Map<String, Instant> moments,
        Instant arrivedAt, Instant calledAt, Set<Long> staff) {

    public CaseMoments {
        moments = Map.copyOf(moments);
        staff = staff == null ? Set.of() : Set.copyOf(staff);
    }

    /** A case whose steps no staff account is known for. */
    public CaseMoments(UUID caseId, String reference, StandardVersion version, Map<String, Instant> moments,
            Instant arrivedAt, Instant calledAt) {
        this(caseId, reference, version, moments, arrivedAt, calledAt, Set.of());
    }

    /** A case that began with its first recorded step (no ticket). */
    public CaseMoments(UUID caseId, String reference, StandardVersion version, Map<String, Instant> moments) {
        this(caseId, reference, version, moments, null, null, Set.of());
    }

    /** When the service of the person began: the call of the ticket, else the arrival; null without a ticket. */
    public Instant servedFrom() {
        return calledAt != null ? calledAt : arrivedAt;
    }

    /** The first moment of the step, if it was recorded. */
    public Instant momentOf(StandardVersion.Step step) {
        return moments.get(markOf(step));
    }

    /** The case's first moment: its arrival, else its earliest recorded step. */
    public Optional<Instant> first() {
        return arrivedAt != null ? Optional.of(arrivedAt) : moments.values().stream().min(Comparator.naturalOrder());
    }

    /** How long the ticket waited for its first call; empty without a ticket or a call. */
    public Optional<Duration> waited() {
        return arrivedAt == null || calledAt == null || calledAt.isBefore(arrivedAt) ? Optional.empty()
                : Optional.of(Duration.between(arrivedAt, calledAt));
    }

    public Optional<Instant> last() {
        return moments.values().stream().max(Comparator.naturalOrder());
    }

    /** What an occurrence of the step is recorded under: its checkpoint, or its key when it has none. */
    public static String markOf(StandardVersion.Step step) {
        return step.checkpoint() != null ? step.checkpoint().name() : step.key();
    }
}

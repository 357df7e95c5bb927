package id.serambi.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.serambi.libraries.StandardVersion;

/**
 * A case as service times measure it: the version of the standard it is judged against and the first moment of each
 * of its recorded steps (later occurrences of a step are kept, but a step's time runs to its first).
 *
 * @param reference the subject's reference the case was opened for (member number, session id, tracking code)
 * @param moments first moment by mark: a step's checkpoint name, or its key when staff tick it
 */
public record CaseMoments(UUID caseId, String reference, StandardVersion version, Map<String, Instant> moments) {

    public CaseMoments {
        moments = Map.copyOf(moments);
    }

    /** The first moment of the step, if it was recorded. */
    public Instant momentOf(StandardVersion.Step step) {
        return moments.get(markOf(step));
    }

    public Optional<Instant> first() {
        return moments.values().stream().min(Comparator.naturalOrder());
    }

    public Optional<Instant> last() {
        return moments.values().stream().max(Comparator.naturalOrder());
    }

    /** What an occurrence of the step is recorded under: its checkpoint, or its key when it has none. */
    public static String markOf(StandardVersion.Step step) {
        return step.checkpoint() != null ? step.checkpoint().name() : step.key();
    }
}

package id.serambi.surveys;

import java.time.Instant;
import java.util.List;

/**
 * A questionnaire the ballot guard flagged, with its review: {@code review} null while it waits (held out of the
 * IKM), {@code EXCLUDED} or {@code INCLUDED} once a KABID or KEPALA decided, with who, when and why.
 */
public record FlaggedResponse(long id, String service, Instant submittedAt, List<Integer> answers, String flag,
        String review, String reviewedBy, Instant reviewedAt, String reason) {
}

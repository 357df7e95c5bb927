package id.serambi.complaints;

import java.time.Instant;
import java.util.List;

/**
 * What anyone holding the tracking code may see: never the complainant's name, contact or text.
 *
 * @param answerDue by when the library must answer (its standard's working days), while the answer is awaited
 */
public record PublicComplaintStatus(String trackingCode, String libraryCode, String libraryName,
        ComplaintStatus status, List<Step> timeline, String response, Instant answerDue) {

    /** A status and when it was reached. */
    public record Step(ComplaintStatus status, Instant at) {
    }
}

package id.serambi.cases;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * What a printed queue ticket shows.
 *
 * @param takenAt when the ticket was taken, in the library's time zone
 * @param waitingBefore tickets of the same service taken earlier that still wait for their first call
 * @param surveyUrl the satisfaction questionnaire for this case (its QR code)
 */
public record QueueTicket(UUID caseId, String libraryName, String serviceName, String queueNumber,
        ZonedDateTime takenAt, int waitingBefore, String surveyUrl) {
}

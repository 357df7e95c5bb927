package id.serambi.cases;

import java.time.Instant;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;

/**
 * A step happened for a subject. Publishers send every step they reach, without asking whether the library's
 * procedure has it: the cases module decides that, and which service's case the step belongs to.
 *
 * @param subjectRef the subject's reference (member number, session id, tracking code); never a name
 * @param channel how a member came (the membership channel: DESK, ONLINE, REPLACEMENT), which says the card
 *        service; null when the publisher does not know it, and then the step only joins a case already open
 * @param staffAccountId who did it, or null when the patron did it (online form, kiosk)
 */
public record StepReached(LibraryId library, SubjectKind subjectKind, String subjectRef, String channel,
        Checkpoint checkpoint, Instant at, Long staffAccountId) {
}

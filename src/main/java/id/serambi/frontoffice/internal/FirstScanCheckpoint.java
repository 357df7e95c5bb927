package id.serambi.frontoffice.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.shared.security.CurrentStaff;

/**
 * A member's first scan at the door is a step of the member's card case where the library's standard says so
 * (Sidoarjo's step 9, "member scans the card at the front office"). The door does not know how the member came:
 * the cases module puts the step in the member's case of each first-card service whose procedure has it.
 */
@Component
class FirstScanCheckpoint {

    private final ApplicationEventPublisher events;

    FirstScanCheckpoint(ApplicationEventPublisher events) {
        this.events = events;
    }

    void reached(Library library, String memberNumber, Instant at) {
        events.publishEvent(new StepReached(library.id(), SubjectKind.MEMBER, memberNumber, null,
                Checkpoint.FIRST_VISIT_SCANNED, at, null));
    }

    /** A guest-book entry was written: it joins only a case staff hold (see the cases module). */
    void guestBookSigned(Library library, long visitId, Instant at) {
        events.publishEvent(new StepReached(library.id(), SubjectKind.VISIT, Long.toString(visitId), null,
                Checkpoint.GUEST_BOOK_SIGNED, at, CurrentStaff.accountIdOrNull()));
    }
}

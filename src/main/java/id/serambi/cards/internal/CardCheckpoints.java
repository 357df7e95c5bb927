package id.serambi.cards.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.cards.CardReady;
import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.membership.MemberView;
import id.serambi.shared.security.CurrentStaff;

/**
 * Time-stamps the card steps of a member's case, with the channel the member came through, and says when a card is
 * ready for pick-up: when it was laminated, or printed where the library's procedure does not laminate.
 */
@Component
public class CardCheckpoints {

    private final ApplicationEventPublisher publisher;
    private final LibraryService libraries;

    CardCheckpoints(ApplicationEventPublisher publisher, LibraryService libraries) {
        this.publisher = publisher;
        this.libraries = libraries;
    }

    /** A step of the card itself (printed or laminated): may make the card ready for pick-up. */
    public void cardReached(LibraryId library, MemberView member, Checkpoint checkpoint, Instant at, long cardId) {
        reached(library, member, checkpoint, at);
        if (checkpoint == Checkpoint.CARD_LAMINATED
                || checkpoint == Checkpoint.CARD_PRINTED && !laminates(library)) {
            publisher.publishEvent(new CardReady(library, member.memberNumber(), cardId));
        }
    }

    /** Whether the library's procedure has a cut-and-laminate step (Sidoarjo). */
    public boolean laminates(LibraryId library) {
        return libraries.standards(library).stream()
                .filter(standard -> standard.kind() != ServiceKind.COMPLAINT)
                .flatMap(standard -> standard.steps().stream())
                .anyMatch(step -> step.checkpoint() == Checkpoint.CARD_LAMINATED);
    }

    public void reached(LibraryId library, MemberView member, Checkpoint checkpoint, Instant at) {
        publisher.publishEvent(new StepReached(library, SubjectKind.MEMBER, member.memberNumber(), member.channel(),
                checkpoint, at, CurrentStaff.accountIdOrNull()));
    }
}

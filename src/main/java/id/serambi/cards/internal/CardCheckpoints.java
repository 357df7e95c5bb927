package id.serambi.cards.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;
import id.serambi.shared.security.CurrentStaff;

/** Time-stamps the card steps of a member's case, with the channel the member came through. */
@Component
public class CardCheckpoints {

    private final ApplicationEventPublisher publisher;

    CardCheckpoints(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void reached(LibraryId library, MemberView member, Checkpoint checkpoint, Instant at) {
        publisher.publishEvent(new StepReached(library, SubjectKind.MEMBER, member.memberNumber(), member.channel(),
                checkpoint, at, CurrentStaff.accountIdOrNull()));
    }
}

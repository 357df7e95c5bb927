package id.serambi.cards.internal;

import java.time.Instant;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CheckpointReached;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.membership.MemberView;
import id.serambi.shared.security.CurrentStaff;

/**
 * Time-stamps the card steps of a member's case, under the service the member came through (desk, online,
 * replacement), but only the steps that the library's own procedure for that service has.
 */
@Component
public class CardCheckpoints {

    private final ApplicationEventPublisher publisher;
    private final LibraryService libraries;

    CardCheckpoints(ApplicationEventPublisher publisher, LibraryService libraries) {
        this.publisher = publisher;
        this.libraries = libraries;
    }

    public void reached(LibraryId library, MemberView member, Checkpoint checkpoint, Instant at) {
        ServiceKind kind = kindOf(member.channel());
        boolean inProcedure = libraries.standardOfKind(library, kind)
                .map(standard -> standard.steps().stream().anyMatch(step -> step.checkpoint() == checkpoint))
                .orElse(false);
        if (inProcedure) {
            publisher.publishEvent(new CheckpointReached(library, kind, member.memberNumber(), checkpoint, at,
                    CurrentStaff.accountIdOrNull()));
        }
    }

    static ServiceKind kindOf(String channel) {
        return switch (Objects.requireNonNullElse(channel, "DESK")) {
            case "ONLINE" -> ServiceKind.KTA_ONLINE;
            case "REPLACEMENT" -> ServiceKind.KTA_REPLACEMENT;
            default -> ServiceKind.KTA_DESK;
        };
    }
}

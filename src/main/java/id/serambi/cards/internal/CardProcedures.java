package id.serambi.cards.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.serambi.cases.ServiceRoutes;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;

/**
 * Which card steps a member's published procedure has: the procedure of the service the member came through (desk,
 * online, replacement; the desk's when the library publishes none for it). A card is laminated only where that
 * procedure has a lamination step (Sidoarjo's desk) and waits for pick-up where it has a hand-over step; a library
 * that publishes no card procedure at all hands cards over without laminating them.
 */
@Component
public class CardProcedures {

    private final LibraryService libraries;

    CardProcedures(LibraryService libraries) {
        this.libraries = libraries;
    }

    /** The library's card procedures, read once for a page or a list. */
    public Steps of(Library library) {
        Map<ServiceKind, Set<Checkpoint>> steps = new EnumMap<>(ServiceKind.class);
        for (ServiceStandard standard : libraries.standards(library.id())) {
            if (ServiceRoutes.subjectOf(standard.kind()) == SubjectKind.MEMBER && standard.kind() != ServiceKind.OTHER) {
                Set<Checkpoint> checkpoints = steps.computeIfAbsent(standard.kind(),
                        kind -> EnumSet.noneOf(Checkpoint.class));
                standard.steps().stream().filter(step -> step.checkpoint() != null)
                        .forEach(step -> checkpoints.add(step.checkpoint()));
            }
        }
        return new Steps(steps);
    }

    /** The card steps of each member service of one library. */
    public record Steps(Map<ServiceKind, Set<Checkpoint>> byService) {

        public boolean laminates(String channel) {
            Set<Checkpoint> steps = of(channel);
            return steps != null && steps.contains(Checkpoint.CARD_LAMINATED);
        }

        public boolean handsOver(String channel) {
            Set<Checkpoint> steps = of(channel);
            return steps == null || steps.contains(Checkpoint.CARD_HANDED_OVER)
                    || steps.contains(Checkpoint.RECEIPT_SIGNED);
        }

        private Set<Checkpoint> of(String channel) {
            Set<Checkpoint> own = byService.get(ServiceRoutes.kindOf(SubjectKind.MEMBER, channel));
            return own != null ? own : byService.get(ServiceKind.KTA_DESK);
        }
    }
}

package id.serambi.frontoffice.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CheckpointReached;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;

/**
 * A member's first scan at the door closes the card procedure where the library's standard says so (Sidoarjo's
 * step 9, "member scans the card at the front office"); the case is the member number.
 */
@Component
class FirstScanCheckpoint {

    private static final List<ServiceKind> CARD_SERVICES = List.of(ServiceKind.KTA_DESK, ServiceKind.KTA_ONLINE);

    private final LibraryService libraries;
    private final ApplicationEventPublisher events;

    FirstScanCheckpoint(LibraryService libraries, ApplicationEventPublisher events) {
        this.libraries = libraries;
        this.events = events;
    }

    void reached(Library library, String memberNumber, Instant at) {
        for (ServiceKind kind : CARD_SERVICES) {
            boolean inProcedure = libraries.standardOfKind(library.id(), kind)
                    .map(standard -> !standard.stepsWith(Checkpoint.FIRST_VISIT_SCANNED).isEmpty()).orElse(false);
            if (inProcedure) {
                events.publishEvent(new CheckpointReached(library.id(), kind, memberNumber,
                        Checkpoint.FIRST_VISIT_SCANNED, at, null));
            }
        }
    }
}

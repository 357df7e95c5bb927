package id.serambi.frontoffice.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CheckpointReached;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;

/**
 * A member's first scan at the door closes the card procedure where the library's standard says so (Sidoarjo's
 * step 9, "member scans the card at the front office"); the case is the member number.
 */
@Component
class FirstScanCheckpoint {

    private static final List<ServiceKind> CARD_SERVICES = List.of(ServiceKind.KTA_DESK, ServiceKind.KTA_ONLINE);

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final Map<LibraryId, Known> cache = new ConcurrentHashMap<>();
    private final LibraryService libraries;
    private final ApplicationEventPublisher events;

    FirstScanCheckpoint(LibraryService libraries, ApplicationEventPublisher events) {
        this.libraries = libraries;
        this.events = events;
    }

    void reached(Library library, String memberNumber, Instant at) {
        for (ServiceKind kind : proceduresWithTheStep(library, at)) {
            events.publishEvent(new CheckpointReached(library.id(), kind, memberNumber,
                    Checkpoint.FIRST_VISIT_SCANNED, at, null));
        }
    }

    /** Read from the standards at most once every few minutes per library: first scans come in bursts. */
    private List<ServiceKind> proceduresWithTheStep(Library library, Instant now) {
        Known known = cache.get(library.id());
        if (known == null || known.until().isBefore(now)) {
            List<ServiceKind> kinds = CARD_SERVICES.stream().filter(kind -> libraries.standardOfKind(library.id(), kind)
                    .map(standard -> !standard.stepsWith(Checkpoint.FIRST_VISIT_SCANNED).isEmpty()).orElse(false))
                    .toList();
            known = new Known(kinds, now.plus(REMEMBER));
            cache.put(library.id(), known);
        }
        return known.kinds();
    }

    private record Known(List<ServiceKind> kinds, Instant until) {
    }
}

package id.serambi.libraries;

import java.time.Instant;

/**
 * A moment of a running case happened: published by the module that runs the case (membership, cards, front office,
 * internet room, complaints) so that real step times can be compared with the library's standard (mutu baku).
 *
 * @param library the library
 * @param service which of Serambi's processes the case belongs to
 * @param caseRef the case, unique within library and service kind, e.g. a member id or a complaint code
 * @param checkpoint what happened
 * @param at when it happened
 * @param staffAccountId who did it, or null when the patron did it (online form, kiosk)
 */
public record CheckpointReached(LibraryId library, ServiceKind service, String caseRef, Checkpoint checkpoint,
        Instant at, Long staffAccountId) {
}

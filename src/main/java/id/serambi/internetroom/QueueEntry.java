package id.serambi.internetroom;

import java.time.Instant;

/** A member waiting for a free workstation. */
public record QueueEntry(long id, String memberNumber, String memberName, Instant queuedAt) {
}

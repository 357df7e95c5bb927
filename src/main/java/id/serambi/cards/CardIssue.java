package id.serambi.cards;

import java.time.Instant;

/** One card printed for a member: the newest one is the card in use. */
public record CardIssue(long id, String memberNumber, Instant printedAt, String staffName, Long batchId,
        Long replacesCardId, Instant laminatedAt) {
}

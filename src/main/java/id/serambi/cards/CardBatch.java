package id.serambi.cards;

import java.time.Instant;
import java.util.List;

/** A printed batch with the member numbers on it, in print order. */
public record CardBatch(long id, Instant printedAt, String staffName, List<String> memberNumbers) {
}

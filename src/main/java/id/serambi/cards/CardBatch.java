package id.serambi.cards;

import java.time.Instant;
import java.util.List;

/** A printed run with the member numbers on it, in print order: an A4 batch, or one card ({@code single}). */
public record CardBatch(long id, Instant printedAt, String staffName, List<String> memberNumbers, boolean single) {
}

package id.serambi.cards;

import id.serambi.libraries.LibraryId;

/**
 * A member's card is ready to be picked up: printed, and laminated where the library's procedure laminates. Published
 * once per card, with the transaction that recorded the step.
 */
public record CardReady(LibraryId library, String memberNumber, long cardId) {
}

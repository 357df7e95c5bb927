package id.serambi.membership;

import java.util.List;

import id.serambi.libraries.LibraryId;

/**
 * Many members written at once by an import (one event per batch, published inside the import's transaction), so
 * that a module keeping a copy of member cards learns of a batch in one event instead of one per member. Each card
 * is a {@link MemberCardChanged} by name; a subscriber builds its own statement from them.
 *
 * @param library the library
 * @param cards the batch's cards, one per imported member
 */
public record MembersImported(LibraryId library, List<MemberCardChanged> cards) {
}

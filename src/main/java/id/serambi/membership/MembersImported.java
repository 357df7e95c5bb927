package id.serambi.membership;

import java.sql.Timestamp;
import java.util.List;

import id.serambi.libraries.LibraryId;

/**
 * Many members written at once by an import (one event per batch, inside the import's transaction), so that the
 * modules keeping a copy of member cards can copy them in one statement instead of one event per member.
 */
public record MembersImported(LibraryId library, List<MemberCardChanged> cards) {

    /**
     * The statement parameters every copy of the cards needs, in this order: library id, status, changed at, then
     * the arrays of numbers (text[]), member ids (bigint[]), names, category codes and expiry dates (all text[]), for
     * an {@code insert … select … from unnest(…)}. All cards of one import share the status and the moment.
     */
    public Object[] unnestParameters() {
        return new Object[] {library.value(), cards.getFirst().status().name(), Timestamp.from(cards.getFirst().at()),
                cards.stream().map(MemberCardChanged::memberNumber).toArray(String[]::new),
                cards.stream().map(MemberCardChanged::memberId).toArray(Long[]::new),
                cards.stream().map(MemberCardChanged::fullName).toArray(String[]::new),
                cards.stream().map(MemberCardChanged::categoryCode).toArray(String[]::new),
                cards.stream().map(card -> String.valueOf(card.expiresOn())).toArray(String[]::new)};
    }
}

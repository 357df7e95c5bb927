package id.serambi.cards;

import id.serambi.membership.MemberStatus;

/**
 * A card of a past batch that a reprint leaves out, because its member may no longer have a card printed: replaced
 * (then {@code replacedBy} is the new number), deactivated, erased or expired.
 */
public record LeftOut(String memberNumber, MemberStatus status, String replacedBy) {
}

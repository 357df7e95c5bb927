package id.serambi.membership;

import java.time.Instant;

/** One entry of a member's history as pages and the API show it: a verification round or a step of the card's life. */
public record MemberHistoryEntry(String action, String note, String initials, String staffName, Instant at) {
}

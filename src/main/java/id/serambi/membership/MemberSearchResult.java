package id.serambi.membership;

import java.util.List;

/**
 * One page of a member search; {@code moreThanTotal} when more members match than were counted ({@code total} is then
 * the count limit).
 */
public record MemberSearchResult(List<MemberView> items, int page, int size, long total, boolean moreThanTotal) {
}

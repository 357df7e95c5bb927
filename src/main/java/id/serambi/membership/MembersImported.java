package id.serambi.membership;

import java.util.List;

import id.serambi.libraries.LibraryId;

/**
 * Many members written at once by an import (one event per batch, inside the import's transaction), so that the
 * modules keeping a copy of member cards can copy them in one statement instead of one event per member.
 */
public record MembersImported(LibraryId library, List<MemberCardChanged> cards) {
}

package id.serambi.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.internal.MemberCounts;
import id.serambi.membership.internal.MemberHistoryRepository;
import id.serambi.membership.internal.MemberRepository;
import id.serambi.membership.internal.MemberSearch;

/**
 * What other modules (cards, front office, internet room) and membership's own pages ask of membership: a member by
 * number, the photo, a search, and what is kept beside a member.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MemberRepository members;
    private final MemberCounts counts;
    private final MemberSearch search;
    private final MemberHistoryRepository history;

    MembershipService(MemberRepository members, MemberCounts counts, MemberSearch search,
            MemberHistoryRepository history) {
        this.members = members;
        this.counts = counts;
        this.search = search;
        this.history = history;
    }

    /** New members between two days of the library's calendar (both included), per category code. */
    public Map<String, Long> newMembersByCategory(LibraryId library, LocalDate from, LocalDate to) {
        return counts.registeredByCategory(library, from, to);
    }

    public Optional<MemberView> find(LibraryId library, String memberNumber) {
        return members.findView(library, memberNumber);
    }

    public Optional<MemberPhoto> photo(LibraryId library, String memberNumber) {
        return members.photo(library, memberNumber).map(MemberPhoto::new);
    }

    /** Members by number, NIK (exact) or name (typo-tolerant), one page at a time. */
    public MemberSearchResult search(LibraryId library, String query, int page, int size) {
        MemberSearch.Page found = search.search(library, query, page, size);
        return new MemberSearchResult(found.items(), found.page(), found.size(), found.total(), found.moreThanTotal());
    }

    /** The types of the documents seen for a member. */
    public List<String> documents(LibraryId library, long memberId) {
        return history.documents(library, memberId);
    }

    /** A member's history, oldest first. */
    public List<MemberHistoryEntry> history(LibraryId library, long memberId) {
        return history.history(library, memberId).stream()
                .map(e -> new MemberHistoryEntry(e.action(), e.note(), e.initials(), e.staffName(), e.at())).toList();
    }
}

package id.serambi.membership;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.internal.MemberCounts;
import id.serambi.membership.internal.MemberRepository;

/** What other modules (cards, front office, internet room) ask of membership: a member by number and the photo. */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MemberRepository members;
    private final MemberCounts counts;

    MembershipService(MemberRepository members, MemberCounts counts) {
        this.members = members;
        this.counts = counts;
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
}

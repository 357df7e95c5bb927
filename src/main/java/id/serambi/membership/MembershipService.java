package id.serambi.membership;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.internal.MemberRepository;

/** What other modules (cards, front office, internet room) ask of membership: a member by number and the photo. */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MemberRepository members;

    MembershipService(MemberRepository members) {
        this.members = members;
    }

    public Optional<MemberView> find(LibraryId library, String memberNumber) {
        return members.findView(library, memberNumber);
    }

    public Optional<MemberPhoto> photo(LibraryId library, String memberNumber) {
        return members.photo(library, memberNumber).map(MemberPhoto::new);
    }
}

package id.serambi.membership.web;

import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.membership.Memberships;
import id.serambi.regions.RegionDirectory;

/** One member as the API answers it, for a read and after a correction alike. */
@Component
class MemberResponses {

    private final Memberships memberships;
    private final MembershipService membership;
    private final RegionDirectory regions;

    MemberResponses(Memberships memberships, MembershipService membership, RegionDirectory regions) {
        this.memberships = memberships;
        this.membership = membership;
        this.regions = regions;
    }

    MemberResponse of(Library library, String memberNumber) {
        MemberView member = membership.find(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
        return MemberResponse.of(member, membership.documents(library.id(), member.memberId()),
                membership.history(library.id(), member.memberId()),
                HomeRegionView.of(memberships.homeRegion(library, memberNumber), regions));
    }
}

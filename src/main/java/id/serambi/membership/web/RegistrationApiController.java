package id.serambi.membership.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.membership.MemberSearchResult;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.membership.Memberships;
import id.serambi.membership.RegisterMember;
import id.serambi.membership.Registered;
import id.serambi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Members", description = "KTA registration (desk and online) and member search")
class RegistrationApiController {

    private final Memberships memberships;
    private final MembershipService membership;
    private final Warnings warnings;
    private final MemberResponses answers;

    RegistrationApiController(Memberships memberships, MembershipService membership, Warnings warnings,
            MemberResponses answers) {
        this.answers = answers;
        this.memberships = memberships;
        this.membership = membership;
        this.warnings = warnings;
    }

    record OnlineResponse(String memberNumber, MemberStatus status, String revisionUrl) {
    }

    record DeskResponse(String memberNumber, MemberStatus status, List<String> warnings) {
    }

    record MemberSummary(String memberNumber, String fullName, MemberStatus status, String category,
            java.time.LocalDate expiresOn, String nikMasked) {

        static MemberSummary of(MemberView m) {
            return new MemberSummary(m.memberNumber(), m.fullName(), m.status(), m.categoryCode(), m.expiresOn(),
                    m.nikMasked());
        }
    }

    /** {@code moreThanTotal}: more members match a name than the first pages count ({@code total} is then 1,000). */
    record PageResponse(List<MemberSummary> items, int page, int size, long total, boolean moreThanTotal) {
    }

    @PostMapping("/registrations")
    @Operation(summary = "KTA Online: the applicant registers (public); note the member number")
    ResponseEntity<OnlineResponse> registerOnline(@PublicLibrary Library library, @RequestBody Application form) {
        Registered registered = memberships.registerOnline(library, new RegisterMember(form.details(), null));
        return ResponseEntity.created(URI.create("/l/" + library.code() + "/daftar"))
                .body(new OnlineResponse(registered.memberNumber(), registered.status(),
                        RevisionLinks.path(library, registered.revisionToken())));
    }

    @PostMapping("/members")
    @Operation(summary = "Staff register a member at the desk, with the documents seen")
    ResponseEntity<DeskResponse> registerAtDesk(Library library, @RequestBody Application form) {
        Registered registered = memberships.registerAtDesk(library, new RegisterMember(form.details(), null));
        return ResponseEntity.created(memberUri(library, registered.memberNumber()))
                .body(new DeskResponse(registered.memberNumber(), registered.status(),
                        warnings.text(registered.warnings())));
    }

    @GetMapping("/members")
    @Operation(summary = "Find members by number, NIK (exact) or name (typo-tolerant); NIK only masked")
    PageResponse find(Library library, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "membership.paging.page");
        }
        if (size < 1 || size > 100) {
            throw InvalidInputException.of("size", "membership.paging.size", 100);
        }
        MemberSearchResult found = membership.search(library.id(), q, page, size);
        return new PageResponse(found.items().stream().map(MemberSummary::of).toList(), found.page(), found.size(),
                found.total(), found.moreThanTotal());
    }

    @GetMapping("/members/{memberNumber}")
    @Operation(summary = "One member, NIK masked, with documents seen and history")
    MemberResponse get(Library library, @PathVariable String memberNumber) {
        return answers.of(library, memberNumber);
    }

    static URI memberUri(Library library, String memberNumber) {
        return URI.create("/api/v1/libraries/" + library.code() + "/members/" + memberNumber);
    }
}

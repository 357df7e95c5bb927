package id.serambi.membership.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.membership.CorrectApplication;
import id.serambi.membership.DeactivateMember;
import id.serambi.membership.DiscloseNik;
import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberPhoto;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MembershipService;
import id.serambi.membership.Memberships;
import id.serambi.membership.RenewCard;
import id.serambi.membership.ReplaceCard;
import id.serambi.membership.StorePhoto;
import id.serambi.membership.VerifyApplication;
import id.serambi.shared.MultiLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/members/{memberNumber}")
@Tag(name = "Members", description = "Verification, photo and life cycle of a member")
class MemberApiController {

    private final Memberships memberships;
    private final MembershipService membership;
    private final MemberResponses answers;

    MemberApiController(Memberships memberships, MembershipService membership, MemberResponses answers) {
        this.answers = answers;
        this.memberships = memberships;
        this.membership = membership;
    }

    record VerificationRequest(String decision, @MultiLine String note) {
    }

    record StatusResponse(String memberNumber, MemberStatus status, LocalDate expiresOn) {
    }

    record ReplacementRequest(@MultiLine String reason, List<DocumentShown> documents) {
    }

    record ReasonRequest(@MultiLine String reason) {
    }

    record NikResponse(String nik) {
    }

    /** The status answer every client reads, then the member as GET answers it. */
    record CorrectedResponse(String memberNumber, MemberStatus status, LocalDate expiresOn,
            MemberResponse.Member member, List<String> documents, List<MemberResponse.HistoryItem> history,
            HomeRegionView homeRegion) {
    }

    @PostMapping("/verification")
    @Operation(summary = "Approve (with the verifier's paraf) or send back for revision with a note")
    StatusResponse verify(Library library, @PathVariable String memberNumber,
            @RequestBody VerificationRequest request) {
        memberships.verify(library, new VerifyApplication(memberNumber, request.decision(), request.note()));
        return status(library, memberNumber);
    }

    @PutMapping
    @Operation(summary = "Correct a member's data waiting for verification or sent back for revision, as the desk's "
            + "correction page does: the registration's fields (an empty NIK or mother's maiden name keeps the "
            + "stored one) → 200 {memberNumber, status, expiresOn} and the member as GET answers it, now pending "
            + "verification. 400 field by field, nothing written; 404 unknown number; 409 INVALID_STATE for an "
            + "approved or closed member; 409 ALREADY_REGISTERED for another member's NIK")
    CorrectedResponse correct(Library library, @PathVariable String memberNumber, @RequestBody Application form) {
        memberships.correct(library, new CorrectApplication(memberNumber, form.details()));
        MemberResponse corrected = answers.of(library, memberNumber);
        return new CorrectedResponse(memberNumber, corrected.member().status(), corrected.member().expiresOn(),
                corrected.member(), corrected.documents(), corrected.history(), corrected.homeRegion());
    }

    @PutMapping(path = "/photo", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @Operation(summary = "Store the member's photo (JPEG or PNG, at most 5 MB; re-encoded without metadata)")
    ResponseEntity<Void> photo(Library library, @PathVariable String memberNumber, HttpServletRequest request)
            throws IOException {
        memberships.storePhoto(library, new StorePhoto(memberNumber, readCapped(request)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/photo", produces = MediaType.IMAGE_JPEG_VALUE)
    @Operation(summary = "The member's photo")
    byte[] photo(Library library, @PathVariable String memberNumber) {
        return membership.photo(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber)).jpeg();
    }

    @PostMapping("/renewal")
    @Operation(summary = "Renew an approved card by its category's period")
    StatusResponse renew(Library library, @PathVariable String memberNumber) {
        memberships.renew(library, new RenewCard(memberNumber));
        return status(library, memberNumber);
    }

    @PostMapping("/replacement")
    @Operation(summary = "Replace a lost or damaged card: the old number is blocked for good")
    ResponseEntity<StatusResponse> replace(Library library, @PathVariable String memberNumber,
            @RequestBody ReplacementRequest request) {
        String number = memberships.replace(library, new ReplaceCard(memberNumber, request.reason(),
                DocumentShown.seen(request.documents())));
        return ResponseEntity.created(RegistrationApiController.memberUri(library, number))
                .body(status(library, number));
    }

    @PostMapping("/deactivation")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "Deactivate a member (KASI and above)")
    StatusResponse deactivate(Library library, @PathVariable String memberNumber,
            @RequestBody ReasonRequest request) {
        memberships.deactivate(library, new DeactivateMember(memberNumber, request.reason()));
        return status(library, memberNumber);
    }

    @PostMapping("/nik-disclosure")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "The full NIK (KASI and above); every view is audited with its reason")
    NikResponse disclose(Library library, @PathVariable String memberNumber, @RequestBody ReasonRequest request) {
        return new NikResponse(memberships.discloseNik(library, new DiscloseNik(memberNumber, request.reason())));
    }

    private StatusResponse status(Library library, String memberNumber) {
        return membership.find(library.id(), memberNumber)
                .map(m -> new StatusResponse(m.memberNumber(), m.status(), m.expiresOn()))
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
    }

    /**
     * A photo a little over the cap is still read to its end, at most this much, before it is refused: the sender is
     * still sending when the answer goes out, and a connection closed under it loses the 413 and its message. A body
     * declared larger is refused at once.
     */
    static final long DRAINED_AT_MOST = 4L * MemberPhoto.MAX_UPLOAD_BYTES;

    /** Reads the body but never keeps more than the cap, whatever Content-Length claims. */
    static byte[] readCapped(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > DRAINED_AT_MOST) {
            throw ImageRefusedException.tooManyBytes(MemberPhoto.MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try (InputStream body = request.getInputStream()) {
            byte[] bytes = declared > MemberPhoto.MAX_UPLOAD_BYTES ? new byte[0]
                    : body.readNBytes(MemberPhoto.MAX_UPLOAD_BYTES + 1);
            if (declared > MemberPhoto.MAX_UPLOAD_BYTES || bytes.length > MemberPhoto.MAX_UPLOAD_BYTES) {
                drain(body, DRAINED_AT_MOST);
                throw ImageRefusedException.tooManyBytes(MemberPhoto.MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            return bytes;
        }
    }

    private static void drain(InputStream body, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        int n;
        while (read < limit && (n = body.read(buffer, 0, (int) Math.min(buffer.length, limit - read))) > 0) {
            read += n;
        }
    }
}

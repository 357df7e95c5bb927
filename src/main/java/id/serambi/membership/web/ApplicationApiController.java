package id.serambi.membership.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.membership.ApplicantStatus;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.CorrectOwnApplication;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.Memberships;
import id.serambi.membership.StoreOwnPhoto;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * KTA Online's private link as an API (public, rate-limited like every public write): the token of the
 * {@code revisionUrl} a registration answered names the application. The same rules as the page behind the link.
 */
@RestController
@RequestMapping("/api/v1/libraries/{lib}/applications/{token}")
@Tag(name = "Members", description = "KTA registration (desk and online) and member search")
class ApplicationApiController {

    private final Memberships memberships;

    ApplicationApiController(Memberships memberships) {
        this.memberships = memberships;
    }

    /** {@code application}: the data to correct (never the NIK or mother's maiden name), only while asked. */
    record ApplicationStatusResponse(String memberNumber, MemberStatus status, boolean correctable,
            String revisionNote, boolean hasPhoto, ApplicationDetails application) {
    }

    record CorrectedResponse(String memberNumber, MemberStatus status) {
    }

    @GetMapping
    @Operation(summary = "The applicant's registration: status, the staff's note and, while a correction is asked "
            + "for, the data to correct (without NIK and mother's maiden name); unknown token → 404")
    ApplicationStatusResponse status(@PublicLibrary Library library, @PathVariable String token) {
        ApplicantStatus status = memberships.applicantStatus(library, token);
        return new ApplicationStatusResponse(status.memberNumber(), status.status(), status.correctable(),
                status.correctable() ? status.revisionNote() : null,
                memberships.applicantPhoto(library, token).isPresent(),
                status.correctable() ? memberships.applicantForm(library, token) : null);
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The applicant's correction, as on the page behind the link: the registration's fields (an "
            + "empty NIK or mother's maiden name keeps the stored one) → 200, pending verification again. 400 field "
            + "by field, nothing written; 404 unknown token; 409 REVISION_NOT_REQUESTED when no correction is asked "
            + "for (already sent, approved or closed)")
    CorrectedResponse correct(@PublicLibrary Library library, @PathVariable String token,
            @RequestBody Application form) {
        MemberStatus status = memberships.correctOwnApplication(library,
                new CorrectOwnApplication(token, form.details()));
        return new CorrectedResponse(memberships.applicantStatus(library, token).memberNumber(), status);
    }

    @PutMapping(path = "/photo", consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @Operation(summary = "A new photo while a correction is asked for (JPEG or PNG body, at most 5 MB; re-encoded "
            + "without metadata) → 204; send it before the data, which ends the correction. 400 for a refused image, "
            + "404 unknown token, 409 REVISION_NOT_REQUESTED")
    ResponseEntity<Void> photo(@PublicLibrary Library library, @PathVariable String token,
            HttpServletRequest request) throws IOException {
        memberships.storeOwnPhoto(library, new StoreOwnPhoto(token, MemberApiController.readCapped(request)));
        return ResponseEntity.noContent().build();
    }
}

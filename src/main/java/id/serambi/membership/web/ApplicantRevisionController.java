package id.serambi.membership.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.libraries.PublicLibrary;
import id.serambi.membership.CorrectOwnApplication;
import id.serambi.membership.ApplicantStatus;
import id.serambi.membership.Memberships;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.DomainException;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.web.FormErrors;
import jakarta.servlet.http.HttpSession;

/**
 * The applicant's private page behind the link KTA Online gave them: the status, the staff's note, their photo, and
 * while a revision is asked for the correction with a new photo.
 */
@Controller
@RequestMapping("/l/{lib}/daftar/{token}")
class ApplicantRevisionController {

    private final Memberships memberships;
    private final LibraryService libraries;
    private final RegionDirectory regions;
    private final PhotoStash stash;
    private final CaseDesk cases;

    ApplicantRevisionController(Memberships memberships, LibraryService libraries, RegionDirectory regions,
            PhotoStash stash, CaseDesk cases) {
        this.memberships = memberships;
        this.libraries = libraries;
        this.regions = regions;
        this.stash = stash;
        this.cases = cases;
    }

    @GetMapping
    String followUp(@PublicLibrary Library library, @PathVariable String token, Model model) {
        model.addAttribute("applicationForm", Application.of(memberships.applicantForm(library, token)));
        return revisionPage(library, token, model);
    }

    @PostMapping
    String correct(@PublicLibrary Library library, @PathVariable String token,
            @ModelAttribute("applicationForm") Application application, BindingResult binding,
            @RequestParam(required = false) MultipartFile photo,
            @RequestParam(name = PhotoStash.FIELD, required = false) String keptPhoto, HttpSession session,
            Model model) {
        byte[] chosen = null;
        try {
            chosen = stash.chosen(session, photo, null, keptPhoto);
            if (binding.hasErrors()) {
                stash.keep(session, chosen, model);
                return revisionPage(library, token, model);
            }
            memberships.correctOwnApplication(library,
                    new CorrectOwnApplication(token, application.details(), chosen));
            stash.forget(session, keptPhoto);
            return "redirect:/l/" + library.code() + "/daftar/" + token;
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            stash.keep(session, chosen, model);
            return revisionPage(library, token, model);
        }
    }

    @GetMapping(path = "/foto.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> photo(@PublicLibrary Library library, @PathVariable String token) {
        return memberships.applicantPhoto(library, token)
                .map(photo -> ResponseEntity.ok().header("Cache-Control", "private, no-store").body(photo.jpeg()))
                .orElseThrow(() -> new NotFoundException("membership.photo.none"));
    }

    private String revisionPage(Library library, String token, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("token", token);
        ApplicantStatus status = memberships.applicantStatus(library, token);
        model.addAttribute("status", status);
        model.addAttribute("openCase",
                cases.openCaseOf(library, SubjectKind.MEMBER, status.memberNumber()).orElse(null));
        model.addAttribute("hasPhoto", memberships.applicantPhoto(library, token).isPresent());
        model.addAttribute("categories", libraries.categories(library.id()).stream()
                .filter(MemberCategory::active).toList());
        RegionOptions.addTo(model, regions);
        return "membership/online-revision";
    }
}

package id.serambi.membership.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.membership.AlreadyRegisteredException;
import id.serambi.membership.CorrectApplication;
import id.serambi.membership.MemberCardSteps;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberSearchResult;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.membership.Memberships;
import id.serambi.membership.RegisterMember;
import id.serambi.membership.Registered;
import id.serambi.membership.SearchTooBroadException;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.DomainException;
import id.serambi.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Staff pages: member search, the desk registration form and a member's page. */
@Controller
@RequestMapping("/app/{lib}/members")
class MemberController {

    private final Memberships memberships;
    private final MembershipService membership;
    private final LibraryService libraries;
    private final RegionDirectory regions;
    private final Warnings warnings;
    private final PhotoStash stash;
    private final MemberCardSteps cardSteps;
    private final HistoryNotes historyNotes;
    private final CaseDesk cases;

    MemberController(Memberships memberships, MembershipService membership, LibraryService libraries,
            RegionDirectory regions, Warnings warnings, PhotoStash stash, MemberCardSteps cardSteps,
            HistoryNotes historyNotes, CaseDesk cases) {
        this.stash = stash;
        this.cardSteps = cardSteps;
        this.historyNotes = historyNotes;
        this.cases = cases;
        this.memberships = memberships;
        this.membership = membership;
        this.libraries = libraries;
        this.regions = regions;
        this.warnings = warnings;
    }

    @GetMapping
    String list(Library library, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        model.addAttribute("library", library);
        model.addAttribute("q", q);
        model.addAttribute("refine", false);
        try {
            model.addAttribute("result", membership.search(library.id(), q, Math.max(0, page), 25));
        } catch (SearchTooBroadException e) {
            // Said on the page, beside the search box, rather than on an error page.
            response.setStatus(e.status().value());
            model.addAttribute("refine", true);
            model.addAttribute("result", new MemberSearchResult(List.of(), Math.max(0, page), 25, 0, false));
        }
        return "membership/list";
    }

    @GetMapping("/new")
    String form(Library library, Model model) {
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute("applicationForm", RegionOptions.startingAt(library, new Application()));
        }
        return formPage(library, model);
    }

    @PostMapping("/new")
    String register(Library library, @ModelAttribute("applicationForm") Application application, BindingResult binding,
            @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String photoData,
            @RequestParam(name = PhotoStash.FIELD, required = false) String keptPhoto, HttpSession session,
            Model model, RedirectAttributes redirect) {
        byte[] chosen = null;
        try {
            chosen = stash.chosen(session, photo, photoData, keptPhoto);
            if (binding.hasErrors()) {
                stash.keep(session, chosen, model);
                return formPage(library, model);
            }
            Registered registered = memberships.registerAtDesk(library,
                    new RegisterMember(application.details(), chosen));
            stash.forget(session, keptPhoto);
            redirect.addFlashAttribute("registered", registered.memberNumber());
            return "redirect:/app/" + library.code() + "/members/" + registered.memberNumber();
        } catch (AlreadyRegisteredException existing) {
            if (existing.existingMemberNumber() == null) {
                FormErrors.bind(binding, existing);
            } else {
                model.addAttribute("alreadyMember",
                        warnings.aroundNumber("membership.error.alreadyMember", existing.existingMemberNumber()));
            }
            return formPage(library, model);
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            stash.keep(session, chosen, model);
            return formPage(library, model);
        }
    }

    /** Members with a similar name and the same birth date, shown on the desk form before it is saved. */
    @GetMapping("/similar")
    String similar(Library library, @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String birthDate, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("similar", warnings.lines(memberships.similarMembers(library, fullName, date(birthDate))
                .stream().map(number -> Warnings.SIMILAR + ":" + number).toList()));
        return "membership/warnings :: similar";
    }

    private static java.time.LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    @GetMapping("/{memberNumber}")
    String detail(Library library, @PathVariable String memberNumber, Model model) {
        MemberView member = membership.find(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
        model.addAttribute("library", library);
        model.addAttribute("member", member);
        model.addAttribute("hasPhoto", membership.photo(library.id(), memberNumber).isPresent());
        model.addAttribute("nextSteps", nextSteps(library, member));
        model.addAttribute("documents", membership.documents(library.id(), member.memberId()));
        model.addAttribute("history", historyNotes.readable(membership.history(library.id(), member.memberId())));
        model.addAttribute("warnings", warnings.lines(memberships.warnings(library, memberNumber)));
        model.addAttribute("replacementDocuments", replacementDocuments(library));
        model.addAttribute("homeRegion",
                HomeRegionView.of(memberships.homeRegion(library, memberNumber), regions).text());
        model.addAttribute("openCase", cases.openCaseOf(library, SubjectKind.MEMBER, memberNumber).orElse(null));
        return "membership/detail";
    }

    @GetMapping("/{memberNumber}/edit")
    String edit(Library library, @PathVariable String memberNumber, Model model) {
        model.addAttribute("applicationForm", Application.of(memberships.correctionForm(library, memberNumber)));
        return editPage(library, memberNumber, model);
    }

    @PostMapping("/{memberNumber}/edit")
    String correct(Library library, @PathVariable String memberNumber,
            @ModelAttribute("applicationForm") Application application, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return editPage(library, memberNumber, model);
        }
        try {
            memberships.correct(library, new CorrectApplication(memberNumber, application.details()));
            redirect.addFlashAttribute("notice", "membership.notice.corrected");
            redirect.addFlashAttribute("noticeArg", memberNumber);
            return "redirect:/app/" + library.code() + "/members/" + memberNumber;
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return editPage(library, memberNumber, model);
        }
    }

    @GetMapping(path = "/{memberNumber}/photo.jpg", produces = MediaType.IMAGE_JPEG_VALUE)
    ResponseEntity<byte[]> photo(Library library, @PathVariable String memberNumber) {
        return membership.photo(library.id(), memberNumber)
                .map(photo -> ResponseEntity.ok().header("Cache-Control", "private, no-store").body(photo.jpeg()))
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
    }

    /** The desk's next steps for the member, as buttons carrying the number: verify, then the card's steps. */
    private List<String> nextSteps(Library library, MemberView member) {
        if (member.status() == MemberStatus.PENDING_VERIFICATION) {
            return List.of("VERIFY");
        }
        return cardSteps.next(library, member).map(step -> List.of(step.name())).orElse(List.of());
    }

    private String editPage(Library library, String memberNumber, Model model) {
        formPage(library, model);
        model.addAttribute("memberNumber", memberNumber);
        return "membership/edit";
    }

    private String formPage(Library library, Model model) {
        List<MemberCategory> categories = libraries.categories(library.id()).stream()
                .filter(MemberCategory::active).toList();
        Set<DocumentType> documents = new LinkedHashSet<>();
        categories.forEach(category -> documents.addAll(category.requiredDocuments()));
        model.addAttribute("library", library);
        model.addAttribute("categories", categories);
        model.addAttribute("documentTypes", List.copyOf(documents));
        model.addAttribute("regencies", regencies(library));
        RegionOptions.addTo(model, regions);
        return "membership/new";
    }

    List<id.serambi.regions.Region> regencies(Library library) {
        String code = library.regionCode();
        return code == null || code.length() < 2 ? List.of() : regions.regenciesOf(code.substring(0, 2));
    }

    private static List<DocumentType> replacementDocuments(Library library) {
        return library.replacementDocuments().isEmpty() ? List.of(DocumentType.KTP, DocumentType.KK,
                DocumentType.SIM, DocumentType.KARTU_PELAJAR, DocumentType.KARTU_ANGGOTA_LAMA)
                : library.replacementDocuments();
    }
}

package id.serambi.membership.web;

import org.springframework.context.i18n.LocaleContextHolder;
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
import id.serambi.libraries.ServiceKind;
import id.serambi.membership.ApplicantStatus;
import id.serambi.membership.CorrectOwnApplication;
import id.serambi.membership.Memberships;
import id.serambi.membership.OnlineRegistrationClosedException;
import id.serambi.membership.RegisterMember;
import id.serambi.membership.Registered;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.DomainException;
import id.serambi.shared.web.FormErrors;

/** KTA Online: the public, phone-friendly registration form and the applicant's private follow-up page. */
@Controller
@RequestMapping("/l/{lib}/daftar")
class OnlineRegistrationController {

    private final Memberships memberships;
    private final LibraryService libraries;
    private final RegionDirectory regions;
    private final CaseDesk cases;

    OnlineRegistrationController(Memberships memberships, LibraryService libraries, RegionDirectory regions,
            CaseDesk cases) {
        this.cases = cases;
        this.regions = regions;
        this.memberships = memberships;
        this.libraries = libraries;
    }

    @GetMapping
    String form(@PublicLibrary Library library, Model model) {
        model.addAttribute("applicationForm", RegionOptions.startingAt(library, new Application()));
        return formPage(library, model);
    }

    @PostMapping
    String register(@PublicLibrary Library library, @ModelAttribute("applicationForm") Application application,
            BindingResult binding, @RequestParam(required = false) MultipartFile photo,
            @RequestParam(name = "homepage", required = false) String honeypot, Model model) {
        try {
            if (honeypot != null && !honeypot.isEmpty()) {
                throw new AutomatedSubmissionException();
            }
            if (binding.hasErrors()) {
                return formPage(library, model);
            }
            Registered registered = memberships.registerOnline(library,
                    new RegisterMember(application.details(), PhotoInput.bytes(photo, null)));
            model.addAttribute("library", library);
            model.addAttribute("registered", registered);
            model.addAttribute("revisionPath", RevisionLinks.path(library, registered.revisionToken()));
            model.addAttribute("category", category(library, application.getCategory()));
            model.addAttribute("hours", memberships.serviceHours(library.id(), LocaleContextHolder.getLocale()));
            return "membership/online-done";
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return formPage(library, model);
        }
    }

    @GetMapping("/{token}")
    String followUp(@PublicLibrary Library library, @PathVariable String token, Model model) {
        model.addAttribute("applicationForm", Application.of(memberships.applicantForm(library, token)));
        return revisionPage(library, token, model);
    }

    @PostMapping("/{token}")
    String correct(@PublicLibrary Library library, @PathVariable String token,
            @ModelAttribute("applicationForm") Application application, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return revisionPage(library, token, model);
        }
        try {
            memberships.correctOwnApplication(library, new CorrectOwnApplication(token, application.details()));
            return "redirect:/l/" + library.code() + "/daftar/" + token;
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return revisionPage(library, token, model);
        }
    }

    private String revisionPage(Library library, String token, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("token", token);
        ApplicantStatus status = memberships.applicantStatus(library, token);
        model.addAttribute("status", status);
        model.addAttribute("openCase",
                cases.openCaseOf(library, SubjectKind.MEMBER, status.memberNumber()).orElse(null));
        model.addAttribute("categories", categories(library));
        RegionOptions.addTo(model, regions);
        return "membership/online-revision";
    }

    private String formPage(Library library, Model model) {
        if (libraries.standardOfKind(library.id(), ServiceKind.KTA_ONLINE).isEmpty()) {
            throw new OnlineRegistrationClosedException(library.code());
        }
        model.addAttribute("library", library);
        model.addAttribute("categories", categories(library));
        RegionOptions.addTo(model, regions);
        return "membership/online";
    }

    private java.util.List<MemberCategory> categories(Library library) {
        return libraries.categories(library.id()).stream().filter(MemberCategory::active).toList();
    }

    private MemberCategory category(Library library, String code) {
        return categories(library).stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}

package id.serambi.membership.web;

import java.io.Serializable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.MemberCategory;
import id.serambi.libraries.PublicLibrary;
import id.serambi.libraries.ServiceKind;
import id.serambi.membership.Memberships;
import id.serambi.membership.OnlineRegistrationClosedException;
import id.serambi.membership.RegisterMember;
import id.serambi.membership.Registered;
import id.serambi.regions.RegionDirectory;
import id.serambi.shared.DomainException;
import id.serambi.shared.web.FormErrors;
import jakarta.servlet.http.HttpSession;

/**
 * KTA Online: the public, phone-friendly registration form and its result page. The post redirects to the result
 * (kept in the applicant's session), so that reloading the result never sends the registration again.
 */
@Controller
@RequestMapping("/l/{lib}/daftar")
class OnlineRegistrationController {

    private static final String DONE = OnlineRegistrationController.class.getName() + ".done";

    private final Memberships memberships;
    private final LibraryService libraries;
    private final RegionDirectory regions;
    private final PhotoStash stash;

    OnlineRegistrationController(Memberships memberships, LibraryService libraries, RegionDirectory regions,
            PhotoStash stash) {
        this.regions = regions;
        this.memberships = memberships;
        this.libraries = libraries;
        this.stash = stash;
    }

    /** The registration the applicant has just sent, for the result page. */
    private record Done(String library, String memberNumber, String revisionToken, String category)
            implements Serializable {
    }

    @GetMapping
    String form(@PublicLibrary Library library, Model model) {
        model.addAttribute("applicationForm", RegionOptions.startingAt(library, new Application()));
        return formPage(library, model);
    }

    @PostMapping
    String register(@PublicLibrary Library library, @ModelAttribute("applicationForm") Application application,
            BindingResult binding, @RequestParam(required = false) MultipartFile photo,
            @RequestParam(name = PhotoStash.FIELD, required = false) String keptPhoto,
            @RequestParam(name = "homepage", required = false) String honeypot, HttpSession session, Model model) {
        byte[] chosen = null;
        try {
            if (honeypot != null && !honeypot.isEmpty()) {
                throw new AutomatedSubmissionException();
            }
            chosen = stash.chosen(session, photo, null, keptPhoto);
            if (binding.hasErrors()) {
                stash.keep(session, chosen, model);
                return formPage(library, model);
            }
            Registered registered = memberships.registerOnline(library,
                    new RegisterMember(application.details(), chosen));
            stash.forget(session, keptPhoto);
            session.setAttribute(DONE, new Done(library.code(), registered.memberNumber(),
                    registered.revisionToken(), application.getCategory()));
            return "redirect:/l/" + library.code() + "/daftar/selesai";
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            stash.keep(session, chosen, model);
            return formPage(library, model);
        }
    }

    @GetMapping("/selesai")
    String done(@PublicLibrary Library library, HttpSession session, Model model) {
        if (!(session.getAttribute(DONE) instanceof Done done) || !done.library().equals(library.code())) {
            return "redirect:/l/" + library.code() + "/daftar";
        }
        model.addAttribute("library", library);
        model.addAttribute("memberNumber", done.memberNumber());
        model.addAttribute("revisionPath", RevisionLinks.path(library, done.revisionToken()));
        model.addAttribute("category", category(library, done.category()));
        model.addAttribute("hours", memberships.serviceHours(library.id(), LocaleContextHolder.getLocale()));
        return "membership/online-done";
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

package id.serambi.frontoffice.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.frontoffice.ExpiredCardPolicy;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.GuestBookSettings;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;

/** The head of section (KASI and above) sets the guest book's rules, purposes of visit and rooms. */
@Controller
@RequestMapping("/app/{lib}/guestbook/settings")
@PreAuthorize("hasRole('KASI')")
class GuestBookSettingsController {

    private final FrontOfficeService frontOffice;

    GuestBookSettingsController(FrontOfficeService frontOffice) {
        this.frontOffice = frontOffice;
    }

    @GetMapping
    String page(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("settings", frontOffice.settings(library.id()));
        model.addAttribute("purposes", frontOffice.allChoices(library.id(), false));
        model.addAttribute("rooms", frontOffice.allChoices(library.id(), true));
        model.addAttribute("policies", ExpiredCardPolicy.values());
        return "frontoffice/settings";
    }

    @PostMapping
    String save(Library library, @RequestParam int duplicateWindowMinutes,
            @RequestParam ExpiredCardPolicy expiredCardPolicy, @RequestParam String defaultPurpose,
            RedirectAttributes redirect) {
        return attempt(library, redirect, () -> frontOffice.saveSettings(library.id(),
                new GuestBookSettings(duplicateWindowMinutes, expiredCardPolicy, defaultPurpose)));
    }

    @PostMapping("/{list:purposes|rooms}")
    String add(Library library, @PathVariable String list, @RequestParam String name, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> frontOffice.addChoice(library.id(), list.equals("rooms"), name));
    }

    @PostMapping("/{list:purposes|rooms}/{code}")
    String update(Library library, @PathVariable String list, @PathVariable String code,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean active,
            RedirectAttributes redirect) {
        return attempt(library, redirect,
                () -> frontOffice.updateChoice(library.id(), list.equals("rooms"), code, name, active));
    }

    private static String attempt(Library library, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "frontoffice.settings.saved");
        } catch (DomainException refusal) {
            boolean general = refusal.fieldProblems().isEmpty();
            redirect.addFlashAttribute("problem",
                    general ? refusal.messageKey() : refusal.fieldProblems().getFirst().messageKey());
            redirect.addFlashAttribute("problemArgs",
                    general ? refusal.args() : refusal.fieldProblems().getFirst().args());
        }
        return "redirect:/app/" + library.code() + "/guestbook/settings";
    }
}

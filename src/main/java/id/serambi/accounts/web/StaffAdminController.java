package id.serambi.accounts.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.NewStaff;
import id.serambi.accounts.StaffAccount;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.DomainException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;
import id.serambi.shared.web.FormErrors;

/** The administrator's staff pages (the URL space {@code /admin} is for ADMIN only). */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

    private final AccountService accounts;
    private final LibraryService libraries;

    StaffAdminController(AccountService accounts, LibraryService libraries) {
        this.accounts = accounts;
        this.libraries = libraries;
    }

    @GetMapping
    String list(@RequestParam(required = false) String library, Model model) {
        if (!model.containsAttribute("staffForm")) {
            StaffForm form = new StaffForm();
            form.setLibrary(library);
            model.addAttribute("staffForm", form);
        }
        List<Library> all = libraries.all();
        Map<Integer, Library> byId = all.stream().collect(Collectors.toMap(Library::idValue, Function.identity()));
        List<StaffAccount> staff = accounts.allStaff().stream()
                .filter(a -> library == null || library.isBlank()
                        || (a.libraryId() != null && byId.get(a.libraryId()).code().equals(library)))
                .toList();
        model.addAttribute("libraries", all);
        model.addAttribute("librariesById", byId);
        model.addAttribute("staffList", staff);
        model.addAttribute("selectedLibrary", library);
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("libraryRoles", List.of(Role.PETUGAS, Role.KASI, Role.KABID, Role.KEPALA));
        return "admin/staff";
    }

    @PostMapping
    String create(@ModelAttribute("staffForm") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return list(form.getLibrary(), model);
        }
        try {
            Library library = libraries.require(form.getLibrary() == null ? "" : form.getLibrary());
            StaffAccount account = accounts.createStaff(library, new NewStaff(form.getUsername(), form.getPassword(),
                    form.getFullName(), form.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(form.getRoles())));
            redirect.addFlashAttribute("notice", "staff.created");
            redirect.addFlashAttribute("noticeArg", account.username());
            return "redirect:/admin/staff?library=" + library.code();
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return list(form.getLibrary(), model);
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "staff.passwordReset");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("problem", refusal.fieldProblems().isEmpty() ? refusal.messageKey()
                    : refusal.fieldProblems().getFirst().messageKey());
            redirect.addFlashAttribute("problemArgs", refusal.fieldProblems().isEmpty() ? refusal.args()
                    : refusal.fieldProblems().getFirst().args());
        }
        redirect.addFlashAttribute("noticeArg", accounts.get(id).username());
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean value, RedirectAttributes redirect) {
        accounts.setEnabled(id, value);
        redirect.addFlashAttribute("notice", value ? "staff.enabled" : "staff.disabled");
        redirect.addFlashAttribute("noticeArg", accounts.get(id).username());
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id, CurrentStaff.get().map(StaffPrincipal::getUsername).orElse("?"));
        redirect.addFlashAttribute("notice", "staff.unlocked");
        redirect.addFlashAttribute("noticeArg", accounts.get(id).username());
        return "redirect:/admin/staff";
    }
}

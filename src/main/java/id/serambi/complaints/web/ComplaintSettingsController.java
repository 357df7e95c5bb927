package id.serambi.complaints.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.ComplaintSettings;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import id.serambi.shared.security.Role;

/** The library's complaint deadlines and answering role, for the Kepala Bidang and above. */
@Controller
@RequestMapping("/app/{lib}/complaints/settings")
@PreAuthorize("hasRole('KABID')")
class ComplaintSettingsController {

    private final ComplaintService service;

    ComplaintSettingsController(ComplaintService service) {
        this.service = service;
    }

    @GetMapping
    String show(Library library, Model model) {
        model.addAttribute("library", library);
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", service.settings(library));
        }
        model.addAttribute("roles", List.of(Role.PETUGAS, Role.KASI, Role.KABID, Role.KEPALA));
        return "complaints/settings";
    }

    @PostMapping
    String save(Library library, @RequestParam int verifyDays, @RequestParam int followUpDays,
            @RequestParam int closeDays, @RequestParam Role answeringRole, Model model,
            RedirectAttributes redirect) {
        ComplaintSettings changed = new ComplaintSettings(verifyDays, followUpDays, closeDays, answeringRole);
        try {
            service.saveSettings(library, changed);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/app/" + library.code() + "/complaints/settings";
        } catch (DomainException refusal) {
            model.addAttribute("settings", changed);
            model.addAttribute("problems", refusal.fieldProblems());
            return show(library, model);
        }
    }
}

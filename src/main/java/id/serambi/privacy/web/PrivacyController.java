package id.serambi.privacy.web;

import java.time.Clock;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.libraries.Library;
import id.serambi.privacy.AuditLogService;
import id.serambi.privacy.PrivacyRequests;
import id.serambi.privacy.RetentionService;
import id.serambi.privacy.RetentionSettings;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;
import id.serambi.shared.MultiLine;

/** Staff pages: the request queue (KASI+), retention rules and the audit log (KABID+). */
@Controller
@RequestMapping("/app/{lib}/privacy")
class PrivacyController {

    private final PrivacyRequests requests;
    private final RetentionService retention;
    private final AuditLogService audit;
    private final Messages messages;
    private final Clock clock;

    PrivacyController(PrivacyRequests requests, RetentionService retention, AuditLogService audit,
            Messages messages, Clock clock) {
        this.requests = requests;
        this.retention = retention;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('KASI')")
    String queue(Library library, @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("requests", requests.queue(library, !all));
        model.addAttribute("all", all);
        model.addAttribute("now", clock.instant());
        return "privacy/queue";
    }

    @PostMapping("/requests/{id}/decision")
    @PreAuthorize("hasRole('KASI')")
    String decide(Library library, @PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) @MultiLine String note, RedirectAttributes redirect) {
        try {
            requests.decide(library, id, decision, note);
            redirect.addFlashAttribute("decided", id);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problems", PrivacyWebConfiguration.texts(messages, refused));
        }
        return "redirect:/app/" + library.code() + "/privacy";
    }

    @GetMapping("/retention")
    @PreAuthorize("hasRole('KABID')")
    String retention(Library library, Model model) {
        model.addAttribute("library", library);
        if (!model.containsAttribute("settings")) {
            model.addAttribute("settings", retention.settings(library));
        }
        model.addAttribute("runs", retention.lastRuns(library));
        return "privacy/retention";
    }

    @PostMapping("/retention")
    @PreAuthorize("hasRole('KABID')")
    String saveRetention(Library library, @RequestParam(required = false) Integer unverifiedApplicationDays,
            @RequestParam(required = false) Integer guestBookMonths, RedirectAttributes redirect) {
        RetentionSettings settings = new RetentionSettings(unverifiedApplicationDays, guestBookMonths);
        try {
            retention.save(library, settings);
            redirect.addFlashAttribute("saved", true);
        } catch (DomainException refused) {
            redirect.addFlashAttribute("problems", PrivacyWebConfiguration.texts(messages, refused));
            redirect.addFlashAttribute("settings", settings);
        }
        return "redirect:/app/" + library.code() + "/privacy/retention";
    }

    @PostMapping("/retention/run")
    @PreAuthorize("hasRole('KABID')")
    String runRetention(Library library, RedirectAttributes redirect) {
        redirect.addFlashAttribute("ran", retention.run(library));
        return "redirect:/app/" + library.code() + "/privacy/retention";
    }

    @GetMapping("/log")
    @PreAuthorize("hasRole('KABID')")
    String log(Library library, @RequestParam(required = false) String memberNumber,
            @RequestParam(required = false) String staff, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("log", audit.page(library, memberNumber, staff, page));
        model.addAttribute("memberNumber", memberNumber);
        model.addAttribute("staffFilter", staff);
        return "privacy/log";
    }

    @GetMapping("/log.csv")
    @PreAuthorize("hasRole('KABID')")
    ResponseEntity<String> logCsv(Library library, @RequestParam(required = false) String memberNumber,
            @RequestParam(required = false) String staff) {
        return AuditCsv.response(library, audit.export(library, memberNumber, staff));
    }
}

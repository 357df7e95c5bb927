package id.serambi.complaints.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintQueries;
import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.complaints.ComplaintStep;
import id.serambi.libraries.Library;
import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.web.FormErrors;
import id.serambi.shared.MultiLine;

/** Staff pages: the list with overdue complaints standing out, the desk form and the detail with its timeline. */
@Controller
@RequestMapping("/app/{lib}/complaints")
class ComplaintStaffController {

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final AccountService accounts;
    private final Clock clock;

    ComplaintStaffController(ComplaintService service, ComplaintQueries queries, AccountService accounts,
            Clock clock) {
        this.service = service;
        this.queries = queries;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String list(Library library, @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("complaints", queries.list(library, status, overdue));
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("selectedStatus", status);
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("now", clock.instant());
        return "complaints/list";
    }

    @GetMapping("/new")
    String form(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("channels", queries.channels(library));
        if (!model.containsAttribute("complaintForm")) {
            model.addAttribute("complaintForm", new ComplaintForm());
        }
        return "complaints/staff-form";
    }

    @PostMapping("/new")
    String file(Library library, @ModelAttribute("complaintForm") ComplaintForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(library, model);
        }
        try {
            String code = service.file(library, form.toComplaint(null));
            redirect.addFlashAttribute("filedCode", code);
            return "redirect:/app/" + library.code() + "/complaints/" + code;
        } catch (DomainException refusal) {
            FormErrors.bind(binding, refusal);
            return form(library, model);
        }
    }

    @GetMapping("/{code}")
    String detail(Library library, @PathVariable String code, Model model) {
        Complaint complaint = queries.get(library, code);
        List<ComplaintStep> timeline = queries.timeline(library, code);
        model.addAttribute("library", library);
        model.addAttribute("complaint", complaint);
        model.addAttribute("timeline", timeline);
        model.addAttribute("staffNames", staffNames(timeline));
        model.addAttribute("steps", queries.allowedSteps(library, complaint.status()));
        model.addAttribute("overdue", complaint.isOverdue(clock.instant()));
        return "complaints/detail";
    }

    @PostMapping("/{code}/transition")
    String transition(Library library, @PathVariable String code, @RequestParam ComplaintStatus status,
            @RequestParam(required = false) @MultiLine String note,
            @RequestParam(required = false) @MultiLine String response,
            RedirectAttributes redirect) {
        try {
            service.transition(library, code, status, note, response);
            redirect.addFlashAttribute("moved", status);
        } catch (DomainException refusal) {
            FieldProblem first = refusal.fieldProblems().isEmpty() ? null : refusal.fieldProblems().getFirst();
            redirect.addFlashAttribute("problem", first == null ? refusal.messageKey() : first.messageKey());
            redirect.addFlashAttribute("problemArgs", first == null ? refusal.args() : first.args());
        }
        return "redirect:/app/" + library.code() + "/complaints/" + queries.get(library, code).trackingCode();
    }

    private Map<Long, String> staffNames(List<ComplaintStep> timeline) {
        Map<Long, String> names = new HashMap<>();
        timeline.stream().map(ComplaintStep::staffAccountId).filter(Objects::nonNull).distinct()
                .forEach(id -> names.put(id, accounts.get(id).fullName()));
        return names;
    }
}

package id.serambi.surveys.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.libraries.Library;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;
import id.serambi.surveys.SurveyService;

/** The questionnaires flagged as possible ballot stuffing, for staff to see and a KABID or KEPALA to decide on. */
@Controller
@RequestMapping("/app/{lib}/ikm/flagged")
class SurveyReviewController {

    private final SurveyService surveys;

    SurveyReviewController(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    String page(Library library, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to, Model model) {
        IkmController.Period period = IkmController.Period.of(surveys, library, from, to, null);
        model.addAttribute("library", library);
        model.addAttribute("period", period);
        model.addAttribute("flagged", surveys.flagged(library, period.from(), period.to()));
        model.addAttribute("serviceNames", surveys.services(library).stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.code(), s -> s.name(), (a, b) -> a)));
        model.addAttribute("canReview", CurrentStaff.holds(Role.KABID));
        return "surveys/flagged";
    }

    @PostMapping("/{response}")
    @PreAuthorize("hasRole('KABID')")
    String review(Library library, @PathVariable long response, @RequestParam String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        surveys.review(library, response, decision, reason,
                CurrentStaff.get().map(StaffPrincipal::getUsername).orElseThrow());
        String period = from == null || to == null ? "" : "?from=" + from + "&to=" + to;
        return "redirect:/app/" + library.code() + "/ikm/flagged" + period;
    }
}

package id.serambi.libraries.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryAdministration;
import id.serambi.libraries.LibraryProfile;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.web.FormErrors;

/**
 * The library's profile, weekly service hours, holiday calendar and hand-over rule: everyone reads, KABID and above
 * change.
 */
@Controller
@RequestMapping("/app/{lib}/settings")
class SettingsController {

    private final LibraryService libraries;
    private final LibraryAdministration administration;

    SettingsController(LibraryService libraries, LibraryAdministration administration) {
        this.libraries = libraries;
        this.administration = administration;
    }

    @GetMapping
    String show(Library library, @RequestParam(required = false) Integer year, Model model) {
        return page(library, year, model);
    }

    @PostMapping("/profile")
    @PreAuthorize("hasRole('KABID')")
    String profile(Library library, @ModelAttribute("profileForm") ProfileForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(library, null, model);
        }
        try {
            administration.updateProfile(library, form.toProfile());
        } catch (InvalidInputException refusal) {
            FormErrors.bind(binding, refusal);
            return page(library, null, model);
        }
        return saved(library, null, "libraries.settings.profileSaved", redirect);
    }

    @PostMapping("/hours")
    @PreAuthorize("hasRole('KABID')")
    String hours(Library library, @ModelAttribute("hoursForm") HoursForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(library, null, model);
        }
        try {
            administration.replaceHours(library, form.toHours());
        } catch (InvalidInputException refusal) {
            FormErrors.bind(binding, new InvalidInputException(refusal.fieldProblems().stream()
                    .map(p -> FieldProblem.of(dayField(p.field()), p.messageKey(), p.args()))
                    .toList()));
            return page(library, null, model);
        }
        return saved(library, null, "libraries.settings.hoursSaved", redirect);
    }

    @PostMapping("/handover")
    @PreAuthorize("hasRole('KABID')")
    String handover(Library library, @RequestParam(defaultValue = "false") boolean requiresConfirmedPhone,
            RedirectAttributes redirect) {
        administration.changeHandoverPhoneCheck(library, requiresConfirmedPhone);
        return saved(library, null, "libraries.settings.handoverSaved", redirect);
    }

    @PostMapping("/holidays")
    @PreAuthorize("hasRole('KABID')")
    String addHoliday(Library library, @RequestParam(required = false) Integer year,
            @ModelAttribute("holidayForm") HolidayForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(library, year, model);
        }
        try {
            LibraryAdministration.PutHoliday put = administration.putHoliday(library, form.getDate(),
                    form.getName());
            return saved(library, put.holiday().day().getYear(), "libraries.settings.holidayAdded", redirect);
        } catch (InvalidInputException refusal) {
            FormErrors.bind(binding, refusal);
            return page(library, year, model);
        }
    }

    @PostMapping("/holidays/{date}/delete")
    @PreAuthorize("hasRole('KABID')")
    String removeHoliday(Library library,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        administration.removeHoliday(library, date);
        return saved(library, date.getYear(), "libraries.settings.holidayRemoved", redirect);
    }

    private String page(Library library, Integer requestedYear, Model model) {
        int thisYear = LocalDate.now(library.timezone()).getYear();
        int year = requestedYear != null && Math.abs(requestedYear - thisYear) <= 50 ? requestedYear : thisYear;
        model.addAttribute("library", library);
        model.addAttribute("canEdit", StandardsController.mayEdit());
        model.addAttribute("zones", LibraryProfile.INDONESIAN_ZONES);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        model.addAttribute("holidays", libraries.holidays(library.id(), year));
        model.addAttribute("handoverRequiresConfirmedPhone", libraries.handoverRequiresConfirmedPhone(library.id()));
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", ProfileForm.of(library));
        }
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", HoursForm.of(libraries.hours(library.id())));
        }
        if (!model.containsAttribute("holidayForm")) {
            model.addAttribute("holidayForm", new HolidayForm());
        }
        return "libraries/settings";
    }

    /** {@code MONDAY.close} of the service is {@code days[MONDAY].close} of the form. */
    static String dayField(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? "days[" + field + "]" : "days[" + field.substring(0, dot) + "]" + field.substring(dot);
    }

    private static String saved(Library library, Integer year, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/app/" + library.code() + "/settings" + (year == null ? "" : "?year=" + year);
    }
}

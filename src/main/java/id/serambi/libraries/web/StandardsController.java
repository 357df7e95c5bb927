package id.serambi.libraries.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryAdministration;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StepTiming;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.FormErrors;

/** Staff pages of the library's service standards: the list with its warnings, and the edit form (KABID+). */
@Controller
@RequestMapping("/app/{lib}/standards")
class StandardsController {

    private final LibraryService libraries;
    private final LibraryAdministration administration;

    StandardsController(LibraryService libraries, LibraryAdministration administration) {
        this.libraries = libraries;
        this.administration = administration;
    }

    @GetMapping
    String list(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("services", libraries.standards(library.id()));
        model.addAttribute("warnings", CurrentStaff.holds(Role.KABID) ? libraries.warnings(library) : List.of());
        model.addAttribute("changes", administration.standardChanges(library.id()));
        model.addAttribute("canEdit", mayEdit());
        return "libraries/standards";
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasRole('KABID')")
    String edit(Library library, @PathVariable String code, Model model) {
        ServiceStandard standard = libraries.standard(library.id(), code);
        model.addAttribute("standardForm", StandardForms.of(standard));
        return page(library, standard, model);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasRole('KABID')")
    String save(Library library, @PathVariable String code, @ModelAttribute("standardForm") StandardForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ServiceStandard current = libraries.standard(library.id(), code);
        if (binding.hasErrors()) {
            return page(library, current, model);
        }
        StandardFormReader.Result read = StandardFormReader.read(form, current);
        if (!read.problems().isEmpty()) {
            FormErrors.bind(binding, new InvalidInputException(read.problems()));
            return page(library, current, model);
        }
        try {
            ServiceStandard saved = administration.updateStandard(library, code, read.standard());
            redirect.addFlashAttribute("notice", "libraries.standards.saved");
            redirect.addFlashAttribute("noticeArg", saved.name());
            return "redirect:/app/" + library.code() + "/standards";
        } catch (InvalidInputException refusal) {
            List<FieldProblem> problems = refusal.fieldProblems().stream()
                    .map(p -> FieldProblem.of(read.reader().formField(p.field()), p.messageKey(), p.args()))
                    .toList();
            FormErrors.bind(binding, new InvalidInputException(problems));
            return page(library, current, model);
        }
    }

    private String page(Library library, ServiceStandard standard, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("standard", standard);
        model.addAttribute("change", administration.standardChanges(library.id()).get(standard.code()));
        model.addAttribute("timings", StepTiming.values());
        model.addAttribute("checkpoints", Checkpoint.values());
        model.addAttribute("channelTypes", ChannelType.values());
        model.addAttribute("units", CompletionTime.Unit.values());
        return "libraries/standard-edit";
    }

    static boolean mayEdit() {
        return CurrentStaff.holds(Role.KABID);
    }
}

package id.serambi.libraries.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.HomePanel;
import id.serambi.shared.security.StaffPrincipal;

/** Where staff land after signing in: their library's home; the administrator first picks a library. */
@Controller
class StaffHomeController {

    private final LibraryService libraries;
    private final List<HomePanel> panels;

    StaffHomeController(LibraryService libraries, List<HomePanel> panels) {
        this.libraries = libraries;
        this.panels = panels;
    }

    @GetMapping("/app")
    String start(Model model) {
        StaffPrincipal staff = CurrentStaff.get().orElseThrow();
        if (staff.libraryCode() != null && !staff.isAdmin()) {
            return "redirect:/app/" + staff.libraryCode();
        }
        model.addAttribute("libraries", libraries.all());
        return "app/choose-library";
    }

    @GetMapping("/app/{lib}")
    String home(Library library, Model model) {
        model.addAttribute("library", library);
        // Only those who can fix them (KABID edits the standards and the calendar) are told what to fix.
        model.addAttribute("warnings", CurrentStaff.holds(Role.KABID) ? libraries.warnings(library) : List.of());
        model.addAttribute("services", libraries.standards(library.id()));
        model.addAttribute("panels", panels.stream().map(p -> new Panel(p.fragment(), p.content(library.code())))
                .filter(p -> p.content() != null).toList());
        return "app/home";
    }

    /** A module's home-page section with what it shows to this viewer. */
    record Panel(String fragment, Object content) {
    }
}

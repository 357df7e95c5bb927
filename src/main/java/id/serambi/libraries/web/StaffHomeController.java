package id.serambi.libraries.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/** Where staff land after signing in: their library's home; the administrator first picks a library. */
@Controller
class StaffHomeController {

    private final LibraryService libraries;

    StaffHomeController(LibraryService libraries) {
        this.libraries = libraries;
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
        model.addAttribute("warnings", libraries.warnings(library));
        model.addAttribute("services", libraries.standards(library.id()));
        return "app/home";
    }
}

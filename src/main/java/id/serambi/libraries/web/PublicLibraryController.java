package id.serambi.libraries.web;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.PublicLibrary;
import id.serambi.libraries.ServiceKind;

/** Public pages: the list of libraries and each library's published service standards. */
@Controller
class PublicLibraryController {

    private final LibraryService libraries;

    PublicLibraryController(LibraryService libraries) {
        this.libraries = libraries;
    }

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("libraries", libraries.all());
        return "public/index";
    }

    @GetMapping("/l/{lib}")
    String library(@PublicLibrary Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("services", libraries.standards(library.id()));
        model.addAttribute("onlineRegistration",
                libraries.standardOfKind(library.id(), ServiceKind.KTA_ONLINE).isPresent());
        return "public/library";
    }

    @GetMapping("/l/{lib}/standards")
    String standards(@PublicLibrary Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("published", libraries.standards(library.id()).stream().map(PublishedStandard::of)
                .toList());
        model.addAttribute("hours", libraries.hours(library.id()));
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("categories", libraries.categories(library.id()));
        return "public/standards";
    }
}

package id.serambi.frontoffice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.VisitChoice;
import id.serambi.libraries.Library;

/** The staff's live view of today's guest book, refreshed by htmx every ten seconds. */
@Controller
@RequestMapping("/app/{lib}/guestbook")
class GuestBookController {

    static final int LATEST = 20;

    private final FrontOfficeService frontOffice;

    GuestBookController(FrontOfficeService frontOffice) {
        this.frontOffice = frontOffice;
    }

    @GetMapping
    String page(Library library, Model model) {
        today(library, model);
        model.addAttribute("locations", frontOffice.locations(library.id()));
        return "frontoffice/guestbook";
    }

    @GetMapping("/today")
    String today(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("today", frontOffice.today(library));
        model.addAttribute("stats", frontOffice.stats(library, frontOffice.today(library), frontOffice.today(library)));
        model.addAttribute("latest", frontOffice.latestVisits(library, LATEST));
        model.addAttribute("purposeNames", names(frontOffice.allChoices(library.id(), false)));
        model.addAttribute("locationNames", names(frontOffice.allChoices(library.id(), true)));
        model.addAttribute("zone", library.timezone());
        return "frontoffice/guestbook :: today";
    }

    static Map<String, String> names(List<VisitChoice> choices) {
        Map<String, String> names = new LinkedHashMap<>();
        choices.forEach(choice -> names.put(choice.code(), choice.name()));
        return names;
    }
}

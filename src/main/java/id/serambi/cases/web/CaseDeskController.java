package id.serambi.cases.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.CaseView;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;

/**
 * The desk screen: the open cases of the library's services with their clocks and deadlines, a walk-in's new case,
 * the tick of a step staff do outside Serambi, and the next action that carries the case along.
 */
@Controller
@RequestMapping("/app/{lib}/cases")
class CaseDeskController {

    private final CaseDesk desk;
    private final LibraryService libraries;

    CaseDeskController(CaseDesk desk, LibraryService libraries) {
        this.desk = desk;
        this.libraries = libraries;
    }

    @GetMapping
    String page(Library library, @RequestParam(required = false) String service,
            @RequestParam(required = false) String counter, Model model) {
        table(library, service, counter, model);
        model.addAttribute("services", libraries.standards(library.id()));
        return "cases/desk";
    }

    @GetMapping("/table")
    String table(Library library, @RequestParam(required = false) String service,
            @RequestParam(required = false) String counter, Model model) {
        List<CaseView> cases = desk.openCases(library, blank(service) ? null : List.of(service));
        model.addAttribute("library", library);
        model.addAttribute("service", blank(service) ? null : service);
        model.addAttribute("counter", blank(counter) ? null : counter.strip());
        model.addAttribute("cases", cases.stream().map(c -> DeskRow.of(library, c)).toList());
        model.addAttribute("zone", library.timezone());
        return "cases/desk :: table";
    }

    /** A walk-in: the case opens and is called to this desk at once. */
    @PostMapping
    String open(Library library, @RequestParam(required = false) String service,
            @RequestParam(required = false) String counter, @RequestParam(required = false) String filter,
            RedirectAttributes redirect) {
        CaseView opened = desk.open(library, service);
        CaseView called = desk.call(library, opened.caseId(), counter);
        redirect.addFlashAttribute("notice", "cases.notice.opened");
        redirect.addFlashAttribute("noticeArg", called.queueNumber());
        return back(library, filter, counter);
    }

    /** Staff did the step outside Serambi: one click (or the documented key) ticks it. */
    @PostMapping("/{caseId}/steps/{order}")
    String tick(Library library, @PathVariable UUID caseId, @PathVariable int order,
            @RequestParam(required = false) String service, @RequestParam(required = false) String counter,
            RedirectAttributes redirect) {
        CaseView ticked = desk.tick(library, caseId, order);
        redirect.addFlashAttribute("notice", "cases.notice.ticked");
        redirect.addFlashAttribute("noticeArg", ticked.queueNumber() != null ? ticked.queueNumber() : "");
        redirect.addFlashAttribute("focusCase", caseId.toString());
        return back(library, service, counter);
    }

    private static String back(Library library, String service, String counter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/app/{lib}/cases");
        if (!blank(service)) {
            uri.queryParam("service", service);
        }
        if (!blank(counter)) {
            uri.queryParam("counter", counter.strip());
        }
        return "redirect:" + uri.buildAndExpand(library.code()).encode().toUriString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

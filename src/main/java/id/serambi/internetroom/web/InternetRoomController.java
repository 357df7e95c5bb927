package id.serambi.internetroom.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.internetroom.InternetRoomService;
import id.serambi.internetroom.InternetRoomSettings;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.DomainException;

/** The staff page that runs the internet room: who sits where, for how long, the queue, and the day's usage. */
@Controller
@RequestMapping("/app/{lib}/internet")
class InternetRoomController {

    private final InternetRoomService internetRoom;
    private final LibraryService libraries;

    InternetRoomController(InternetRoomService internetRoom, LibraryService libraries) {
        this.internetRoom = internetRoom;
        this.libraries = libraries;
    }

    @GetMapping
    String page(Library library, Model model) {
        panel(library, model);
        model.addAttribute("usage", internetRoom.usage(library, internetRoom.today(library).minusDays(6),
                internetRoom.today(library)));
        model.addAttribute("settings", internetRoom.settings(library.id()));
        model.addAttribute("categoryNames", libraries.categoryNames(library.id()));
        return "internetroom/room";
    }

    @GetMapping("/panel")
    String panel(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("states", internetRoom.room(library));
        model.addAttribute("queue", internetRoom.queue(library.id()));
        model.addAttribute("awaitingTidy", internetRoom.awaitingTidy(library));
        model.addAttribute("now", internetRoom.now());
        model.addAttribute("zone", library.timezone());
        return "internetroom/room :: panel";
    }

    @PostMapping("/sessions")
    String start(Library library, @RequestParam String memberNumber, @RequestParam String workstation,
            RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.start(library, memberNumber, workstation));
    }

    @PostMapping("/sessions/{id}/end")
    String end(Library library, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.end(library, id));
    }

    @PostMapping("/sessions/{id}/tidied")
    String tidied(Library library, @PathVariable long id, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.tidied(library, id));
    }

    @PostMapping("/queue")
    String joinQueue(Library library, @RequestParam String memberNumber, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.joinQueue(library, memberNumber));
    }

    @PostMapping("/queue/{memberNumber}/cancel")
    String leaveQueue(Library library, @PathVariable String memberNumber, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.leaveQueue(library.id(), memberNumber));
    }

    @PostMapping("/workstations")
    @PreAuthorize("hasRole('KASI')")
    String addWorkstation(Library library, @RequestParam String name,
            @RequestParam(required = false) String location, RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.addWorkstation(library.id(), name, location));
    }

    @PostMapping("/workstations/{id}/service")
    @PreAuthorize("hasRole('KASI')")
    String setInService(Library library, @PathVariable long id, @RequestParam boolean inService,
            RedirectAttributes redirect) {
        return attempt(library, redirect, () -> internetRoom.setInService(library.id(), id, inService));
    }

    @PostMapping("/settings")
    @PreAuthorize("hasRole('KASI')")
    String saveSettings(Library library, @RequestParam int sessionMinutes, @RequestParam int dailyMinutes,
            RedirectAttributes redirect) {
        return attempt(library, redirect,
                () -> internetRoom.saveSettings(library.id(), new InternetRoomSettings(sessionMinutes, dailyMinutes)));
    }

    private static String attempt(Library library, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "internetroom.done");
        } catch (DomainException refusal) {
            var problems = refusal.fieldProblems();
            redirect.addFlashAttribute("problem", problems.isEmpty() ? refusal.messageKey()
                    : problems.getFirst().messageKey());
            redirect.addFlashAttribute("problemArgs", problems.isEmpty() ? refusal.args() : problems.getFirst().args());
        }
        return "redirect:/app/" + library.code() + "/internet";
    }
}

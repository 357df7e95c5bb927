package id.serambi.frontoffice.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.CaseTickets;
import id.serambi.cases.CaseView;
import id.serambi.cases.QueueTicket;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.DomainException;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.Messages;
import id.serambi.shared.QrCodes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The desk's queue: a ticket for a chosen service (from the desk, or the kiosk's big buttons), the printed ticket,
 * and the counter's calls (next, again, skip). The counter's name is remembered per device in a cookie.
 */
@Controller
@RequestMapping("/app/{lib}/queue")
class QueueController {

    static final String COUNTER_COOKIE = "serambi_counter";

    private final CaseDesk desk;
    private final CaseTickets tickets;
    private final LibraryService libraries;
    private final Messages messages;

    QueueController(CaseDesk desk, CaseTickets tickets, LibraryService libraries, Messages messages) {
        this.desk = desk;
        this.tickets = tickets;
        this.libraries = libraries;
        this.messages = messages;
    }

    @GetMapping
    String queue(Library library, @CookieValue(name = COUNTER_COOKIE, required = false) String counter, Model model) {
        List<CaseView> open = desk.openCases(library, null).stream().filter(c -> c.queueNumber() != null).toList();
        model.addAttribute("library", library);
        model.addAttribute("services", libraries.standards(library.id()));
        model.addAttribute("waiting", open.stream().filter(c -> c.status() == CaseView.Status.WAITING).toList());
        model.addAttribute("called", open.stream().filter(c -> c.status() == CaseView.Status.IN_SERVICE).toList());
        model.addAttribute("counter", counter == null ? "" : URLDecoder.decode(counter, StandardCharsets.UTF_8));
        return "frontoffice/queue-desk";
    }

    @GetMapping("/kiosk")
    String kiosk(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("services", libraries.standards(library.id()));
        return "frontoffice/queue-kiosk";
    }

    @PostMapping("/tickets")
    String issue(Library library, @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "false") boolean kiosk, RedirectAttributes redirect) {
        try {
            CaseView opened = desk.open(library, service);
            return "redirect:/app/" + library.code() + "/queue/tickets/" + opened.caseId() + (kiosk ? "?kiosk=true" : "");
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("problem", message(refusal));
            return "redirect:/app/" + library.code() + "/queue" + (kiosk ? "/kiosk" : "");
        }
    }

    @GetMapping("/tickets/{caseId}")
    String ticket(Library library, @PathVariable UUID caseId, @RequestParam(defaultValue = "80") int width,
            @RequestParam(defaultValue = "false") boolean kiosk, Model model) {
        if (width != 58 && width != 80) {
            throw InvalidInputException.of("width", "case.error.ticketWidth");
        }
        QueueTicket ticket = tickets.ticket(library, caseId);
        model.addAttribute("library", library);
        model.addAttribute("ticket", ticket);
        model.addAttribute("width", width);
        model.addAttribute("kiosk", kiosk);
        model.addAttribute("qr", "data:image/png;base64,"
                + Base64.getEncoder().encodeToString(QrCodes.png(ticket.surveyUrl(), 240)));
        return "frontoffice/queue-ticket";
    }

    @PostMapping("/next")
    String callNext(Library library, @RequestParam(required = false) String counter, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(library, counter, response, redirect, () -> desk.callNext(library, null, counter)
                .map(called -> messages.get("queue.desk.calledTo", called.queueNumber(), shown(called)))
                .orElseGet(() -> messages.get("queue.desk.nobodyWaits")));
    }

    @PostMapping("/{caseId}/call")
    String call(Library library, @PathVariable UUID caseId, @RequestParam(required = false) String counter,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(library, counter, response, redirect, () -> {
            CaseView called = desk.call(library, caseId, counter);
            return messages.get("queue.desk.calledTo", called.queueNumber(), shown(called));
        });
    }

    @PostMapping("/{caseId}/skip")
    String skip(Library library, @PathVariable UUID caseId, @RequestParam(required = false) String counter,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(library, counter, response, redirect,
                () -> messages.get("queue.desk.skipped", desk.skip(library, caseId).queueNumber()));
    }

    private String act(Library library, String counter, HttpServletResponse response, RedirectAttributes redirect,
            java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
            if (counter != null) {
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COUNTER_COOKIE,
                                URLEncoder.encode(counter.strip(), StandardCharsets.UTF_8))
                        .path("/app/" + library.code() + "/queue").maxAge(Duration.ofDays(365)).httpOnly(true)
                        .sameSite("Lax").build().toString());
            }
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("problem", message(refusal));
        }
        return "redirect:/app/" + library.code() + "/queue";
    }

    private String shown(CaseView called) {
        return called.counter() == null ? "-" : called.counter();
    }

    private String message(DomainException refusal) {
        return refusal.fieldProblems().isEmpty() ? messages.get(refusal.messageKey(), refusal.args())
                : messages.get(refusal.fieldProblems().getFirst().messageKey(),
                        refusal.fieldProblems().getFirst().args());
    }
}

package id.serambi.frontoffice.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardDesignService;
import id.serambi.cases.CaseDesk;
import id.serambi.cases.NowCalling;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.Messages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The waiting area's screen: the latest calls of the day with their counter and how many wait, in the library's
 * colour, Indonesian and English side by side. Public and polled by every screen (htmx, every 3 s): it shows ticket
 * numbers and counters only, and one answer per library is reused for {@link #FRESH} so that screens cost one pair of
 * small queries per library, not per screen. Reads are not rate-limited.
 */
@Controller
@RequestMapping("/l/{lib}/antrian")
class NowCallingController {

    static final Duration FRESH = Duration.ofSeconds(1);
    static final int CALLS = 7;
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final CaseDesk desk;
    private final CardDesignService designs;
    private final Messages messages;
    private final Clock clock;
    private final Map<LibraryId, Seen> latest = new ConcurrentHashMap<>();

    private record Seen(Instant at, NowCalling calling) {
    }

    /** A label in both languages. */
    record Both(String id, String en) {
    }

    NowCallingController(CaseDesk desk, CardDesignService designs, Messages messages, Clock clock) {
        this.desk = desk;
        this.designs = designs;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String screen(@PublicLibrary Library library, Model model) {
        return calls(library, model, null);
    }

    /** The library's colour (of its card design) as a style sheet: the page allows no inline style. */
    @GetMapping(value = "/warna.css", produces = "text/css")
    ResponseEntity<String> colour(@PublicLibrary Library library) {
        String colour = designs.design(library).primaryColour();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .contentType(MediaType.valueOf("text/css"))
                .body(":root { --library-colour: " + (CardDesign.COLOUR.matcher(colour).matches() ? colour
                        : "#1b5e4a") + "; }\n");
    }

    @GetMapping("/panggilan")
    String calls(@PublicLibrary Library library, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        }
        Instant now = clock.instant();
        NowCalling calling = latest.compute(library.id(), (id, seen) -> seen != null
                && seen.at().plus(FRESH).isAfter(now) && !seen.at().isAfter(now) ? seen
                        : new Seen(now, desk.nowCalling(library, CALLS))).calling();
        model.addAttribute("library", library);
        model.addAttribute("calling", calling);
        model.addAttribute("labels", labels());
        return response == null ? "frontoffice/now-calling" : "frontoffice/now-calling :: calls";
    }

    private Map<String, Both> labels() {
        Map<String, Both> labels = new LinkedHashMap<>();
        for (String key : new String[] {"title", "counter", "waiting", "none"}) {
            labels.put(key, new Both(messages.get(INDONESIAN, "queue.now." + key),
                    messages.get(ENGLISH, "queue.now." + key)));
        }
        return labels;
    }
}

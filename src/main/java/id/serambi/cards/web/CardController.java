package id.serambi.cards.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import id.serambi.cards.CardBatch;
import id.serambi.cards.CardService;
import id.serambi.cards.internal.CardCheckpoints;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;

/** The desk's card page: the print queue, batch printing, batch history with reprint, lamination. */
@Controller
@RequestMapping("/app/{lib}/cards")
class CardController {

    private final CardService cards;
    private final CardCheckpoints checkpoints;
    private final LibraryService libraries;

    CardController(CardService cards, CardCheckpoints checkpoints, LibraryService libraries) {
        this.cards = cards;
        this.checkpoints = checkpoints;
        this.libraries = libraries;
    }

    /** The card page; {@code member} opens it on that member (the forms filled in), from the member's page. */
    @GetMapping
    String queue(Library library, @RequestParam(name = "member", required = false) String member, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("member", member == null ? null : member.strip());
        model.addAttribute("queue", cards.queue(library));
        List<CardBatch> batches = cards.batches(library);
        model.addAttribute("categoryNames", libraries.categoryNames(library.id()));
        model.addAttribute("batches", batches);
        model.addAttribute("notReprintable", cards.notReprintable(library, batches));
        model.addAttribute("laminates", laminates(library));
        model.addAttribute("canDesign", CurrentStaff.holds(Role.KASI));
        return "cards/queue";
    }

    @PostMapping("/batch")
    ResponseEntity<byte[]> batch(Library library, @RequestParam(name = "member", required = false)
            List<String> memberNumbers) {
        return CardApiController.pdf(library, cards.printBatch(library, memberNumbers));
    }

    @PostMapping("/batches/{batchId}/reprint")
    ResponseEntity<byte[]> reprint(Library library, @PathVariable long batchId) {
        return CardApiController.pdf(library, cards.reprintBatch(library, batchId));
    }

    @PostMapping("/single")
    ResponseEntity<byte[]> single(Library library, @RequestParam String memberNumber) {
        return CardApiController.pdf(library, cards.printCard(library, memberNumber.strip()));
    }

    /** Lamination from the card page, the waiting list ({@code back=waiting}) or the member's page ({@code member}). */
    @PostMapping("/lamination")
    String laminated(Library library, @RequestParam String memberNumber,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String number = memberNumber.strip();
        cards.laminated(library, number);
        redirect.addFlashAttribute("notice", "cards.queue.laminated");
        redirect.addFlashAttribute("noticeArg", number);
        UriComponents target = switch (back == null ? "" : back) {
            case "waiting" -> UriComponentsBuilder.fromPath("/app/{lib}/cards/waiting").buildAndExpand(library.code());
            case "member" -> UriComponentsBuilder.fromPath("/app/{lib}/members/{number}")
                    .buildAndExpand(library.code(), number);
            default -> UriComponentsBuilder.fromPath("/app/{lib}/cards").buildAndExpand(library.code());
        };
        return "redirect:" + target.encode().toUriString();
    }

    /** Whether the library's procedure has a cut-and-laminate step (Sidoarjo), so the page offers it. */
    private boolean laminates(Library library) {
        return checkpoints.laminates(library.id());
    }
}

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

import id.serambi.cards.CardService;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;

/** The desk's card page: the print queue, batch printing, batch history with reprint, lamination. */
@Controller
@RequestMapping("/app/{lib}/cards")
class CardController {

    private final CardService cards;
    private final LibraryService libraries;

    CardController(CardService cards, LibraryService libraries) {
        this.cards = cards;
        this.libraries = libraries;
    }

    @GetMapping
    String queue(Library library, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("queue", cards.queue(library));
        model.addAttribute("categoryNames", libraries.categoryNames(library.id()));
        model.addAttribute("batches", cards.batches(library));
        model.addAttribute("laminates", laminates(library));
        model.addAttribute("canDesign", CurrentStaff.holds(Role.KASI));
        return "cards/queue";
    }

    @PostMapping("/batch")
    ResponseEntity<byte[]> batch(Library library, @RequestParam(name = "member", required = false)
            List<String> memberNumbers) {
        return CardApiController.pdf(cards.printBatch(library, memberNumbers), "kta-batch.pdf");
    }

    @PostMapping("/batches/{batchId}/reprint")
    ResponseEntity<byte[]> reprint(Library library, @PathVariable long batchId) {
        return CardApiController.pdf(cards.reprintBatch(library, batchId), "kta-batch-" + batchId + ".pdf");
    }

    @PostMapping("/single")
    ResponseEntity<byte[]> single(Library library, @RequestParam String memberNumber) {
        return CardApiController.pdf(cards.printCard(library, memberNumber.strip()), "kta-" + memberNumber + ".pdf");
    }

    @PostMapping("/lamination")
    String laminated(Library library, @RequestParam String memberNumber, RedirectAttributes redirect) {
        cards.laminated(library, memberNumber.strip());
        redirect.addFlashAttribute("notice", "cards.queue.laminated");
        redirect.addFlashAttribute("noticeArg", memberNumber);
        return "redirect:/app/" + library.code() + "/cards";
    }

    /** Whether the library's procedure has a cut-and-laminate step (Sidoarjo), so the page offers it. */
    private boolean laminates(Library library) {
        return libraries.standards(library.id()).stream()
                .filter(standard -> standard.kind() != ServiceKind.COMPLAINT)
                .flatMap(standard -> standard.steps().stream())
                .anyMatch(step -> step.checkpoint() == Checkpoint.CARD_LAMINATED);
    }
}

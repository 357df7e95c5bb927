package id.serambi.cards.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.serambi.cards.CardService;
import id.serambi.cards.CodeRejectedException;
import id.serambi.cards.CodeSent;
import id.serambi.cards.Handover;
import id.serambi.cards.PhoneNotConfirmedException;
import id.serambi.cards.ReceiptBookService;
import id.serambi.cards.internal.ReceiptBookPdf;
import id.serambi.libraries.Library;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.Messages;

/** The hand-over desk: phone check, the member's signature, and the receipt book of each day. */
@Controller
@RequestMapping("/app/{lib}/cards")
class ReceiptController {

    private final ReceiptBookService book;
    private final CardService cards;
    private final Messages messages;

    ReceiptController(ReceiptBookService book, CardService cards, Messages messages) {
        this.book = book;
        this.cards = cards;
        this.messages = messages;
    }

    @GetMapping("/handover")
    String handover(Library library, @RequestParam String memberNumber, Model model) {
        String number = memberNumber.strip();
        model.addAttribute("library", library);
        model.addAttribute("member", book.member(library, number));
        model.addAttribute("card", cards.currentCard(library, number).orElse(null));
        model.addAttribute("confirmedByCode", book.phoneConfirmedByCode(library, number));
        model.addAttribute("proofRequired", book.requiresConfirmedPhone(library));
        return "cards/handover";
    }

    @PostMapping("/handover/phone-check")
    String sendCode(Library library, @RequestParam String memberNumber, @RequestParam String channel,
            RedirectAttributes redirect) {
        CodeSent sent = book.sendPhoneCheck(library, memberNumber, channel);
        if (sent.delivered()) {
            redirect.addFlashAttribute("notice", messages.get("cards.handover.codeSent", sent.sentTo()));
        } else {
            redirect.addFlashAttribute("problem", messages.get("cards.handover.codeNotSent"));
        }
        return backTo(library, memberNumber);
    }

    @PostMapping("/handover/phone-check/verify")
    String verify(Library library, @RequestParam String memberNumber, @RequestParam String code,
            RedirectAttributes redirect) {
        try {
            book.verifyPhoneCheck(library, memberNumber, code);
            redirect.addFlashAttribute("notice", messages.get("cards.handover.codeConfirmed"));
        } catch (CodeRejectedException refused) {
            redirect.addFlashAttribute("problem", messages.get(refused.messageKey()));
        }
        return backTo(library, memberNumber);
    }

    @PostMapping("/handover")
    String handOver(Library library, @RequestParam String memberNumber,
            @RequestParam(defaultValue = "false") boolean phoneConfirmed,
            @RequestParam(required = false) String signatureName, @RequestParam(required = false) String signaturePng,
            @RequestParam(required = false) String phoneShown, RedirectAttributes redirect) {
        try {
            book.handOver(library, memberNumber, new Handover(phoneConfirmed, signatureName, signaturePng, phoneShown));
        } catch (InvalidInputException | PhoneNotConfirmedException refused) {
            redirect.addFlashAttribute("problem", messages.get(refused.fieldProblems().getFirst().messageKey()));
            return backTo(library, memberNumber);
        }
        redirect.addFlashAttribute("notice", messages.get("cards.handover.done", memberNumber));
        return "redirect:/app/" + library.code() + "/cards/receipts";
    }

    @GetMapping("/receipts")
    String receipts(Library library, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        LocalDate day = date == null ? book.today(library) : date;
        model.addAttribute("library", library);
        model.addAttribute("day", day);
        model.addAttribute("entries", book.day(library, day));
        return "cards/receipts";
    }

    @GetMapping(path = "/receipts.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receiptsPdf(Library library, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate day = date == null ? book.today(library) : date;
        ReceiptBookPdf.Labels labels = new ReceiptBookPdf.Labels(messages.get("cards.receipts.title"),
                List.of("No", messages.get("cards.receipts.time"), messages.get("cards.queue.number"),
                        messages.get("cards.queue.name"), messages.get("cards.receipts.staff"),
                        messages.get("cards.receipts.phone"), messages.get("cards.receipts.signature")),
                messages.get("cards.receipts.byCode"), messages.get("cards.receipts.byStaff"),
                messages.get("cards.receipts.notConfirmed"));
        byte[] pdf = ReceiptBookPdf.render(library.name(), day.toString(), library.timezone(), book.day(library, day),
                labels, id -> book.signature(library, id));
        return CardApiController.pdf(pdf, "tanda-terima-" + day + ".pdf");
    }

    @GetMapping(path = "/receipts/{id}/signature.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> signature(Library library, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(book.signature(library, id));
    }

    private static String backTo(Library library, String memberNumber) {
        return "redirect:" + UriComponentsBuilder.fromPath("/app/{lib}/cards/handover")
                .queryParam("memberNumber", memberNumber.strip()).buildAndExpand(library.code()).encode().toUriString();
    }
}

package id.serambi.cards.web;

import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.cards.CardBatch;
import id.serambi.cards.CardDesk;
import id.serambi.cards.CardIssue;
import id.serambi.cards.CardService;
import id.serambi.cards.LeftOut;
import id.serambi.cards.PrintedCards;
import id.serambi.cards.QueuedMember;
import id.serambi.cards.WaitingCard;
import id.serambi.libraries.Library;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Cards", description = "Printing membership cards (KTA), the print queue and lamination")
class CardApiController {

    /** The header naming the cards a reprint left out, comma-separated. */
    static final String LEFT_OUT = "X-Cards-Left-Out";

    private final CardService cards;
    private final CardDesk desk;

    CardApiController(CardService cards, CardDesk desk) {
        this.cards = cards;
        this.desk = desk;
    }

    record BatchRequest(List<String> memberNumbers) {
    }

    @GetMapping(path = "/members/{memberNumber}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print one card (front and back on card-sized pages) and record it as issued; "
            + "approved members only (409 MEMBER_NOT_APPROVED)")
    ResponseEntity<byte[]> card(Library library, @PathVariable String memberNumber) {
        return pdf(library, cards.printCard(library, memberNumber));
    }

    @PostMapping(path = "/cards/batch", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print A4 sheets, 10 cards a page with cut marks, each followed by its mirrored backs; "
            + "any unknown or unapproved number → 422 listing them, nothing printed. The file is named by the "
            + "library, its day and the batch: kta-{lib}-{yyyy-MM-dd}-batch-{id}.pdf")
    ResponseEntity<byte[]> batch(Library library, @RequestBody BatchRequest request) {
        return pdf(library, cards.printBatch(library, request.memberNumbers()));
    }

    @PostMapping(path = "/cards/batches/{batchId}/reprint", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print a past run again as it was printed (one card or A4 sheets); each card is recorded "
            + "as replacing the one before. Cards that may no longer be printed (replaced since) are left out and "
            + "named in the header " + LEFT_OUT + "; 422 when none is left")
    ResponseEntity<byte[]> reprint(Library library, @PathVariable long batchId) {
        return pdf(library, cards.reprintBatch(library, batchId));
    }

    @GetMapping("/cards/batches")
    @Operation(summary = "The latest print runs, A4 batches and single cards (single: true)")
    List<CardBatch> batches(Library library) {
        return cards.batches(library);
    }

    @GetMapping("/cards/queue")
    @Operation(summary = "Approved members still waiting for their first card")
    List<QueuedMember> queue(Library library) {
        return cards.queue(library);
    }

    @GetMapping("/cards/waiting")
    @Operation(summary = "Printed cards waiting for lamination (stage PRINTED, where the member's procedure "
            + "laminates) or pick-up, with how long since printing or lamination, longest waiting first")
    List<WaitingCard> waiting(Library library) {
        return desk.waiting(library);
    }

    @PostMapping("/members/{memberNumber}/card/lamination")
    @Operation(summary = "The member's newest card was cut and laminated")
    CardIssue laminated(Library library, @PathVariable String memberNumber) {
        return cards.laminated(library, memberNumber);
    }

    /** The PDF of a print, named by {@link PrintedCards#fileName}, with the left-out cards' numbers in a header. */
    static ResponseEntity<byte[]> pdf(Library library, PrintedCards printed) {
        ResponseEntity<byte[]> response = pdf(printed.pdf(), printed.fileName(library.code()));
        if (printed.leftOut().isEmpty()) {
            return response;
        }
        return ResponseEntity.ok().headers(response.getHeaders()).header(LEFT_OUT, String.join(", ",
                printed.leftOut().stream().map(LeftOut::memberNumber).toList())).body(response.getBody());
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(body);
    }
}

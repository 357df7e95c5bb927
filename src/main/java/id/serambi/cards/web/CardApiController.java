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
import id.serambi.cards.CardIssue;
import id.serambi.cards.CardService;
import id.serambi.cards.QueuedMember;
import id.serambi.libraries.Library;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Cards", description = "Printing membership cards (KTA), the print queue and lamination")
class CardApiController {

    private final CardService cards;

    CardApiController(CardService cards) {
        this.cards = cards;
    }

    record BatchRequest(List<String> memberNumbers) {
    }

    @GetMapping(path = "/members/{memberNumber}/card.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print one card (front and back on card-sized pages) and record it as issued; "
            + "approved members only (409 MEMBER_NOT_APPROVED)")
    ResponseEntity<byte[]> card(Library library, @PathVariable String memberNumber) {
        return pdf(cards.printCard(library, memberNumber), "kta-" + memberNumber + ".pdf");
    }

    @PostMapping(path = "/cards/batch", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print A4 sheets, 10 cards a page with cut marks, each followed by its mirrored backs; "
            + "any unknown or unapproved number → 422 listing them, nothing printed")
    ResponseEntity<byte[]> batch(Library library, @RequestBody BatchRequest request) {
        return pdf(cards.printBatch(library, request.memberNumbers()), "kta-batch.pdf");
    }

    @PostMapping(path = "/cards/batches/{batchId}/reprint", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Print a past batch again; each card is recorded as replacing the one before")
    ResponseEntity<byte[]> reprint(Library library, @PathVariable long batchId) {
        return pdf(cards.reprintBatch(library, batchId), "kta-batch-" + batchId + ".pdf");
    }

    @GetMapping("/cards/batches")
    @Operation(summary = "The latest printed batches")
    List<CardBatch> batches(Library library) {
        return cards.batches(library);
    }

    @GetMapping("/cards/queue")
    @Operation(summary = "Approved members still waiting for their first card")
    List<QueuedMember> queue(Library library) {
        return cards.queue(library);
    }

    @PostMapping("/members/{memberNumber}/card/lamination")
    @Operation(summary = "The member's newest card was cut and laminated")
    CardIssue laminated(Library library, @PathVariable String memberNumber) {
        return cards.laminated(library, memberNumber);
    }

    static ResponseEntity<byte[]> pdf(byte[] body, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(body);
    }
}

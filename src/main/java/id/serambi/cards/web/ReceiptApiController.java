package id.serambi.cards.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.cards.Handover;
import id.serambi.cards.ReceiptBookService;
import id.serambi.cards.ReceiptEntry;
import id.serambi.libraries.Library;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Card hand-over", description = "Hand-over receipt book and phone check by one-time code")
class ReceiptApiController {

    private final ReceiptBookService book;

    ReceiptApiController(ReceiptBookService book) {
        this.book = book;
    }

    record PhoneCheckRequest(String channel) {
    }

    record PhoneCheckSent(String sentTo, int validMinutes) {
    }

    record CodeRequest(String code) {
    }

    record PhoneCheckResult(boolean confirmed) {
    }

    @PostMapping("/members/{memberNumber}/handover")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Hand the member's newest card over and write the receipt-book entry")
    ReceiptEntry handOver(Library library, @PathVariable String memberNumber, @RequestBody Handover request) {
        return book.handOver(library, memberNumber, request);
    }

    @PostMapping("/members/{memberNumber}/phone-check")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a 6-digit code (valid 10 minutes) to the member's mobile (SMS, default) or EMAIL")
    PhoneCheckSent sendCode(Library library, @PathVariable String memberNumber,
            @RequestBody(required = false) PhoneCheckRequest request) {
        String sentTo = book.sendPhoneCheck(library, memberNumber, request == null ? null : request.channel()).sentTo();
        return new PhoneCheckSent(sentTo, 10);
    }

    @PostMapping("/members/{memberNumber}/phone-check/verify")
    @Operation(summary = "Confirm the number with the code the member received (at most 5 tries)")
    PhoneCheckResult verify(Library library, @PathVariable String memberNumber, @RequestBody CodeRequest request) {
        book.verifyPhoneCheck(library, memberNumber, request.code());
        return new PhoneCheckResult(true);
    }

    @GetMapping("/receipts")
    @Operation(summary = "The receipt book of one day (library time zone; today when no date)")
    List<ReceiptEntry> receipts(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return book.day(library, date == null ? book.today(library) : date);
    }
}

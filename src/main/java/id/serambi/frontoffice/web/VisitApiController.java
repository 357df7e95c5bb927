package id.serambi.frontoffice.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitChoice;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.frontoffice.VisitStats;
import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Guest book", description = "Card scans, non-member and group visits, visitor statistics")
class VisitApiController {

    private final FrontOfficeService frontOffice;
    private final Messages messages;

    VisitApiController(FrontOfficeService frontOffice, Messages messages) {
        this.frontOffice = frontOffice;
        this.messages = messages;
    }

    record ChoiceResponse(String code, String name) {
    }

    @GetMapping("/visit-purposes")
    @Operation(summary = "The library's purposes of visit (public)")
    List<ChoiceResponse> purposes(@PublicLibrary Library library) {
        return frontOffice.purposes(library.id()).stream().map(VisitApiController::response).toList();
    }

    @GetMapping("/visit-locations")
    @Operation(summary = "The library's rooms where a kiosk may stand (public)")
    List<ChoiceResponse> locations(@PublicLibrary Library library) {
        return frontOffice.locations(library.id()).stream().map(VisitApiController::response).toList();
    }

    @PostMapping("/visits")
    @Operation(summary = "Record a visit: {memberNumber, purpose?, location?} for a card scan, or visitorType "
            + "NON_MEMBER (name required) or GROUP (groupName, groupSize, breakdown {male, female} adding up). "
            + "201 when recorded; 200 with duplicate=true and the earlier visitId when the member was already counted "
            + "within the library's window; 422 UNKNOWN_CARD, CARD_EXPIRED, CARD_BLOCKED or CARD_NOT_ACTIVE; an "
            + "expired card in a library that only warns gives 201 with warning=CARD_EXPIRED")
    ResponseEntity<VisitResponse> record(Library library, @RequestBody NewVisit visit) {
        VisitReceipt receipt = frontOffice.recordVisit(library, visit);
        String warning = receipt.warningCode();
        VisitResponse body = VisitResponse.of(receipt, warning == null ? null
                : VisitReceipt.FORMER_NUMBER.equals(warning)
                        ? messages.get("frontoffice.card.formerNumberWarning", receipt.memberNumber())
                        : messages.get("frontoffice.card.expiredWarning", receipt.memberName()));
        return ResponseEntity.status(body.status()).body(body);
    }

    @GetMapping("/visits/stats")
    @Operation(summary = "People who came (a group counts its size) per type, purpose and day, in the library's "
            + "time zone; from and to are ISO dates, both included (default: the last 30 days)")
    VisitStats stats(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : frontOffice.today(library);
        LocalDate start = from != null ? from : end.minusDays(29);
        return frontOffice.stats(library, start, end);
    }

    private static ChoiceResponse response(VisitChoice choice) {
        return new ChoiceResponse(choice.code(), choice.name());
    }
}

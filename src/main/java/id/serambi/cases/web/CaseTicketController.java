package id.serambi.cases.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.cases.CaseTickets;
import id.serambi.cases.QueueTicket;
import id.serambi.cases.internal.TicketPdf;
import id.serambi.libraries.Library;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Cases")
class CaseTicketController {

    private final CaseTickets tickets;
    private final Messages messages;

    CaseTicketController(CaseTickets tickets, Messages messages) {
        this.tickets = tickets;
        this.messages = messages;
    }

    /** The roll widths of receipt printers, in millimetres; anything else is refused. */
    static int width(int width) {
        if (width != 58 && width != 80) {
            throw InvalidInputException.of("width", "case.error.ticketWidth");
        }
        return width;
    }

    @GetMapping(value = "/api/v1/libraries/{lib}/cases/{caseId}/ticket.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The case's queue ticket for a receipt printer: width=58 or 80 (mm, default 80), as tall as "
            + "its content, with a QR code to the satisfaction questionnaire of this case")
    ResponseEntity<byte[]> pdf(Library library, @PathVariable UUID caseId,
            @RequestParam(defaultValue = "80") int width) {
        int mm = width(width);
        QueueTicket ticket = tickets.ticket(library, caseId);
        byte[] pdf = TicketPdf.render(ticket, mm, new TicketPdf.Labels(messages.get("case.ticket.queueNumber"),
                messages.get("case.ticket.waitingBefore", ticket.waitingBefore()), messages.get("case.ticket.survey")));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"ticket-" + ticket.queueNumber() + ".pdf\"")
                .body(pdf);
    }
}

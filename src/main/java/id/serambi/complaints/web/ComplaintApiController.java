package id.serambi.complaints.web;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.complaints.ComplaintQueries;
import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.complaints.NewComplaint;
import id.serambi.complaints.PublicComplaintStatus;
import id.serambi.libraries.Library;
import id.serambi.libraries.PublicLibrary;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.MultiLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Complaints", description = "Complaints with a tracking code; the status by code is public")
class ComplaintApiController {

    private final ComplaintService service;
    private final ComplaintQueries queries;
    private final Clock clock;

    ComplaintApiController(ComplaintService service, ComplaintQueries queries, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.clock = clock;
    }

    /** A complaint: {@code channel} is a ChannelType name; the public may use WEBSITE only. */
    record ComplaintRequest(String channel, @MultiLine String text, String name, String contact, Boolean anonymous,
            Boolean confidential) {
    }

    record Filed(String trackingCode) {
    }

    record TransitionRequest(ComplaintStatus status, @MultiLine String note, @MultiLine String response) {
    }

    @PostMapping("/libraries/{lib}/complaints")
    @Operation(summary = "File a complaint (public: channel WEBSITE; the library's staff: any channel)",
            description = "Answers the tracking code; if the contact is an e-mail address the code is also sent "
                    + "there. anonymous=true keeps no name or contact; confidential=true hides them from all "
                    + "but the role that answers complaints.")
    ResponseEntity<Filed> file(@PublicLibrary Library library, @RequestBody ComplaintRequest request) {
        String code = service.file(library, new NewComplaint(request.channel(), request.text(), request.name(),
                request.contact(), Boolean.TRUE.equals(request.anonymous()),
                Boolean.TRUE.equals(request.confidential())));
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + code)).body(new Filed(code));
    }

    @GetMapping("/complaints/{trackingCode}")
    @Operation(summary = "Status, timeline and published response of a complaint (public)",
            description = "Never contains the complainant's name, contact or text. Unknown code: 404 NOT_FOUND.")
    PublicStatusResponse status(@PathVariable String trackingCode) {
        return PublicStatusResponse.of(queries.publicStatus(trackingCode));
    }

    @GetMapping("/libraries/{lib}/complaints")
    @Operation(summary = "The library's complaints, newest first (staff)")
    List<ComplaintResponse> list(Library library, @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return queries.list(library, status, overdue).stream()
                .map(c -> ComplaintResponse.of(c, List.of(), clock.instant())).toList();
    }

    @GetMapping("/libraries/{lib}/complaints/{trackingCode}")
    @Operation(summary = "One complaint with its timeline: who did what when (staff)")
    ComplaintResponse get(Library library, @PathVariable String trackingCode) {
        return ComplaintResponse.of(queries.get(library, trackingCode), queries.timeline(library, trackingCode),
                clock.instant());
    }

    @PostMapping("/libraries/{lib}/complaints/{trackingCode}/transitions")
    @Operation(summary = "Move a complaint on: VERIFIED, ANSWERED (needs response and the answering role), "
            + "RESOLUTION_RETURNED (only where the procedure has that step, e.g. Lebak), RESOLVED, CLOSED, "
            + "NOT_OUR_REMIT (needs response), ARCHIVED (KASI)")
    ComplaintResponse transition(Library library, @PathVariable String trackingCode,
            @RequestBody TransitionRequest request) {
        if (request.status() == null) {
            throw InvalidInputException.of("status", "validation.required");
        }
        service.transition(library, trackingCode, request.status(), request.note(), request.response());
        return get(library, trackingCode);
    }

    record PublicStatusResponse(String trackingCode, ComplaintStatus status, String library, String libraryName,
            List<Map<String, Object>> timeline, String response) {

        static PublicStatusResponse of(PublicComplaintStatus status) {
            List<Map<String, Object>> steps = status.timeline().stream()
                    .map(step -> Map.<String, Object>of("status", step.status(), "at", step.at())).toList();
            return new PublicStatusResponse(status.trackingCode(), status.status(), status.libraryCode(),
                    status.libraryName(), steps, status.response());
        }
    }
}

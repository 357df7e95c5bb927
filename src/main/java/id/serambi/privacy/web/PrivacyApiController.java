package id.serambi.privacy.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.privacy.AuditLogService;
import id.serambi.privacy.PrivacyRequests;
import id.serambi.privacy.RetentionRun;
import id.serambi.privacy.RetentionService;
import id.serambi.privacy.RetentionSettings;
import id.serambi.shared.MultiLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Privacy (UU PDP)", description = "Members' requests with their 3×24-hour deadline, retention rules "
        + "and the personal-data audit log")
class PrivacyApiController {

    private final PrivacyRequests requests;
    private final RetentionService retention;
    private final AuditLogService audit;
    private final Clock clock;

    PrivacyApiController(PrivacyRequests requests, RetentionService retention, AuditLogService audit, Clock clock) {
        this.requests = requests;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    record DecisionRequest(String decision, @MultiLine String note) {
    }

    @GetMapping("/privacy-requests")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "The queue: open requests by deadline (dueAt = filedAt + 72 h), then decided ones "
            + "(all=true) (KASI and above)")
    List<RequestResponse> queue(Library library, @RequestParam(defaultValue = "false") boolean all) {
        Instant now = clock.instant();
        return requests.queue(library, !all).stream().map(r -> RequestResponse.of(r, now)).toList();
    }

    @GetMapping("/privacy-requests/{id}")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "One request (KASI and above)")
    RequestResponse get(Library library, @PathVariable long id) {
        return RequestResponse.of(requests.get(library, id), clock.instant());
    }

    @PostMapping("/privacy-requests/{id}/decision")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "APPROVE (a correction changes the member, an erasure anonymises it) or REFUSE with a "
            + "note (KASI and above; 409 ALREADY_DECIDED)")
    RequestResponse decide(Library library, @PathVariable long id, @RequestBody DecisionRequest request) {
        return RequestResponse.of(requests.decide(library, id, request.decision(), request.note()), clock.instant());
    }

    @GetMapping("/retention-settings")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Retention rules of the library (KABID and above)")
    RetentionSettings settings(Library library) {
        return retention.settings(library);
    }

    @PutMapping("/retention-settings")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Change the retention rules: unverifiedApplicationDays 1–3650, guestBookMonths 1–120")
    RetentionSettings save(Library library, @RequestBody RetentionSettings settings) {
        return retention.save(library, settings);
    }

    @PostMapping("/retention-runs")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "Apply the retention rules now (they also run daily); answers what was done")
    RetentionRun run(Library library) {
        return retention.run(library);
    }

    @GetMapping("/personal-data-log")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The personal-data audit log (NIK views and privacy actions), newest first, filtered by "
            + "memberNumber and staff username, 50 a page (KABID and above)")
    AuditLogService.Page log(Library library, @RequestParam(required = false) String memberNumber,
            @RequestParam(required = false) String staff, @RequestParam(defaultValue = "0") int page) {
        return audit.page(library, memberNumber, staff, page);
    }

    @GetMapping(path = "/personal-data-log.csv", produces = "text/csv")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The same log as CSV (cells that a spreadsheet would run as a formula are escaped)")
    ResponseEntity<String> csv(Library library, @RequestParam(required = false) String memberNumber,
            @RequestParam(required = false) String staff) {
        return AuditCsv.response(library, audit.export(library, memberNumber, staff));
    }
}

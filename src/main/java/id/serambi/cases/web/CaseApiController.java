package id.serambi.cases.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.cases.CaseDesk;
import id.serambi.cases.CaseView;
import id.serambi.libraries.Library;
import id.serambi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}/cases")
@Tag(name = "Cases", description = "One person's passage through one published service, from the queue ticket to "
        + "the last step of its procedure")
class CaseApiController {

    private final CaseDesk desk;

    CaseApiController(CaseDesk desk) {
        this.desk = desk;
    }

    record OpenRequest(String service) {
    }

    record Opened(UUID caseId, String queueNumber, String service, Instant openedAt) {
    }

    record CallRequest(String counter) {
    }

    record CallNextRequest(List<String> services, String counter) {
    }

    @PostMapping
    @Operation(summary = "Open a case on arrival: a queue ticket for the service (its code, e.g. \"kta\")")
    ResponseEntity<Opened> open(Library library, @RequestBody(required = false) OpenRequest request) {
        CaseView opened = desk.open(library, request == null ? null : request.service());
        return ResponseEntity.created(URI.create("/api/v1/libraries/" + library.code() + "/cases/" + opened.caseId()))
                .body(new Opened(opened.caseId(), opened.queueNumber(), opened.service(), opened.openedAt()));
    }

    @GetMapping
    @Operation(summary = "Cases with their current step, its clock and the case's against the standard, and the "
            + "deadline. status=OPEN (the default) lists the open cases, oldest first; service narrows to services")
    List<CaseResponse> list(Library library, @RequestParam(defaultValue = "OPEN") String status,
            @RequestParam(required = false) List<String> service) {
        if (!"OPEN".equals(status)) {
            throw InvalidInputException.of("status", "case.error.status");
        }
        return desk.openCases(library, service).stream().map(CaseResponse::of).toList();
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case")
    CaseResponse get(Library library, @PathVariable UUID caseId) {
        return CaseResponse.of(desk.get(library, caseId));
    }

    @PostMapping("/{caseId}/call")
    @Operation(summary = "Call the ticket (again) to a counter; the waiting-area screen shows it. The first call ends "
            + "its waiting")
    CaseResponse call(Library library, @PathVariable UUID caseId,
            @RequestBody(required = false) CallRequest request) {
        return CaseResponse.of(desk.call(library, caseId, request == null ? null : request.counter()));
    }

    @PostMapping("/next")
    @Operation(summary = "Call the oldest waiting ticket of the services (all when none is named); 204 when nobody "
            + "waits")
    ResponseEntity<CaseResponse> callNext(Library library, @RequestBody(required = false) CallNextRequest request) {
        return desk.callNext(library, request == null ? null : request.services(),
                        request == null ? null : request.counter())
                .map(called -> ResponseEntity.ok(CaseResponse.of(called)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/{caseId}/skip")
    @Operation(summary = "The ticket holder did not come when called: the case closes as skipped")
    CaseResponse skip(Library library, @PathVariable UUID caseId) {
        return CaseResponse.of(desk.skip(library, caseId));
    }

    @PostMapping("/{caseId}/steps/{order}")
    @Operation(summary = "Tick step {order} of the case's procedure, done now outside Serambi")
    CaseResponse tick(Library library, @PathVariable UUID caseId, @PathVariable int order) {
        return CaseResponse.of(desk.tick(library, caseId, order));
    }
}

package id.serambi.servicetimes.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.servicetimes.ServiceTimeReport;
import id.serambi.servicetimes.ServiceTimeService;
import id.serambi.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Service times", description = "Real step times against the published standard (mutu baku)")
class ServiceTimeApiController {

    private final ServiceTimeService serviceTimes;

    ServiceTimeApiController(ServiceTimeService serviceTimes) {
        this.serviceTimes = serviceTimes;
    }

    record TickRequest(String service, String caseRef, Integer step) {
    }

    record TickResponse(String service, String caseRef, int step, Instant reachedAt) {
    }

    @GetMapping("/service-times")
    @Operation(summary = "Per service and step: standard, median and 90th-percentile (nearest rank) real time, "
            + "share within the standard, cases; whole cases against the stated completion time. Cases count in "
            + "the period in which their first recorded step happened (library time zone).")
    ServiceTimeReport report(Library library,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return serviceTimes.report(library, from, to);
    }

    @PostMapping("/service-steps")
    @Operation(summary = "Tick a step done outside Serambi (e.g. requirements handed in) for a case")
    ResponseEntity<TickResponse> tick(Library library, @RequestBody TickRequest request) {
        if (request.step() == null) {
            throw InvalidInputException.of("step", "validation.required");
        }
        if (request.service() == null || request.service().isBlank()) {
            throw InvalidInputException.of("service", "validation.required");
        }
        Instant at = serviceTimes.tick(library, request.service(), request.caseRef(), request.step());
        return ResponseEntity.created(URI.create("/api/v1/libraries/" + library.code() + "/service-times"))
                .body(new TickResponse(request.service(), request.caseRef(), request.step(), at));
    }
}

package id.serambi.reports.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.reports.OversightFigures;
import id.serambi.reports.OversightService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reports", description = "The figures behind the dashboard")
class OversightApiController {

    private final OversightService oversight;

    OversightApiController(OversightService oversight) {
        this.oversight = oversight;
    }

    /** The libraries a library oversees, by code. */
    record Oversight(String library, List<String> libraries) {
    }

    @GetMapping("/api/v1/libraries/{lib}/network")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The libraries this library oversees (a provincial library's regency and city libraries)")
    Oversight oversight(Library library) {
        return new Oversight(library.code(), oversight.overseen(library).stream().map(Library::code).toList());
    }

    @PutMapping("/api/v1/libraries/{lib}/network")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sets the libraries this library oversees (administrator only)")
    Oversight oversee(Library library, @RequestBody Oversight request) {
        List<Library> chosen = oversight.oversee(library, request == null ? null : request.libraries());
        return new Oversight(library.code(), chosen.stream().map(Library::code).toList());
    }

    @GetMapping("/api/v1/libraries/{lib}/network/dashboard")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The overseen libraries' dashboard figures side by side and summed (counts only, no "
            + "personal data)")
    OversightFigures dashboard(Library library,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return oversight.figures(library, from, to);
    }
}

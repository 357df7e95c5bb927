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
import id.serambi.reports.NetworkFigures;
import id.serambi.reports.NetworkService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reports", description = "The figures behind the dashboard")
class NetworkApiController {

    private final NetworkService network;

    NetworkApiController(NetworkService network) {
        this.network = network;
    }

    /** The libraries a library oversees, by code. */
    record Network(String library, List<String> libraries) {
    }

    @GetMapping("/api/v1/libraries/{lib}/network")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The libraries this library oversees (a provincial library's network)")
    Network network(Library library) {
        return new Network(library.code(), network.overseen(library).stream().map(Library::code).toList());
    }

    @PutMapping("/api/v1/libraries/{lib}/network")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Sets the libraries this library oversees (administrator only)")
    Network oversee(Library library, @RequestBody Network request) {
        List<Library> chosen = network.oversee(library, request == null ? null : request.libraries());
        return new Network(library.code(), chosen.stream().map(Library::code).toList());
    }

    @GetMapping("/api/v1/libraries/{lib}/network/dashboard")
    @PreAuthorize("hasRole('KABID')")
    @Operation(summary = "The overseen libraries' dashboard figures side by side and summed (counts only, no "
            + "personal data)")
    NetworkFigures dashboard(Library library,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return network.figures(library, from, to);
    }
}

package id.serambi.reports.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.libraries.Library;
import id.serambi.reports.DashboardFigures;
import id.serambi.reports.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reports", description = "The figures behind the dashboard")
class DashboardApiController {

    private final ReportService reports;

    DashboardApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/libraries/{lib}/dashboard")
    @Operation(summary = "Visits, internet use, complaints, IKM (with a six-month trend) and service-time "
            + "compliance over a period (days in the library's time zone)")
    DashboardFigures dashboard(Library library,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.dashboard(library, from, to);
    }
}

package id.serambi.surveys.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.libraries.Library;
import id.serambi.shared.CsvWriter;
import id.serambi.shared.Messages;
import id.serambi.surveys.IkmReport;
import id.serambi.surveys.SurveyService;

/** The staff's IKM page per period and service, the weakest elements first, with a CSV export and the QR code. */
@Controller
@RequestMapping("/app/{lib}")
class IkmController {

    private final SurveyService surveys;
    private final Messages messages;

    IkmController(SurveyService surveys, Messages messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @GetMapping("/ikm")
    String page(Library library, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate to, @RequestParam(required = false) String service, Model model) {
        Period period = Period.of(surveys, library, from, to, service);
        model.addAttribute("library", library);
        model.addAttribute("period", period);
        model.addAttribute("report", surveys.ikm(library, period.from(), period.to(), period.service()));
        model.addAttribute("services", surveys.services(library));
        model.addAttribute("heldOut", surveys.heldOut(library, period.from(), period.to(), period.service()));
        return "surveys/ikm";
    }

    @GetMapping("/ikm.csv")
    ResponseEntity<byte[]> csv(Library library, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String service) {
        Period period = Period.of(surveys, library, from, to, service);
        IkmReport report = surveys.ikm(library, period.from(), period.to(), period.service());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvWriter.row(List.of(messages.get("surveys.csv.element"), messages.get("surveys.csv.name"),
                "NRR", messages.get("surveys.csv.weighted"))));
        report.weakestFirst().forEach(e -> csv.append(CsvWriter.row(List.of(e.element().name(),
                messages.get("surveys.element." + e.element().name()), e.nrr(), e.weighted()))));
        csv.append(CsvWriter.row(List.of(messages.get("surveys.csv.library"), library.name())));
        csv.append(CsvWriter.row(List.of(messages.get("surveys.csv.service"),
                period.service() == null ? messages.get("surveys.ikm.allServices") : period.service())));
        csv.append(CsvWriter.row(List.of(messages.get("surveys.csv.period"), period.from() + " – " + period.to())));
        csv.append(CsvWriter.row(List.of(messages.get("surveys.ikm.respondents"), report.respondents())));
        csv.append(CsvWriter.row(List.of("IKM (1/9)", nullable(report.ikm()))));
        csv.append(CsvWriter.row(List.of("IKM (0.11)", nullable(report.ikmPrintedWeight()))));
        csv.append(CsvWriter.row(List.of(messages.get("surveys.ikm.grade"), nullable(report.grade()))));
        String file = "ikm-" + library.code() + "-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build()
                        .toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    /** The chosen period (default: this year up to today) and service (blank: all). */
    record Period(LocalDate from, LocalDate to, String service) {

        static Period of(SurveyService surveys, Library library, LocalDate from, LocalDate to, String service) {
            LocalDate end = to != null ? to : surveys.today(library);
            return new Period(from != null ? from : end.withDayOfYear(1), end,
                    service == null || service.isBlank() ? null : service);
        }
    }
}

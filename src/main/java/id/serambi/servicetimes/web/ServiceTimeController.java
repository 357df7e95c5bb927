package id.serambi.servicetimes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.StandardWarning;
import id.serambi.servicetimes.ServiceTimeService;

@Controller
class ServiceTimeController {

    private final ServiceTimeService serviceTimes;
    private final LibraryService libraries;
    private final Clock clock;

    ServiceTimeController(ServiceTimeService serviceTimes, LibraryService libraries, Clock clock) {
        this.serviceTimes = serviceTimes;
        this.libraries = libraries;
        this.clock = clock;
    }

    @GetMapping("/app/{lib}/service-times")
    String report(Library library, Model model,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(library.timezone()));
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today;
        model.addAttribute("library", library);
        model.addAttribute("report", serviceTimes.report(library, start, end));
        model.addAttribute("clock", new ClockText());
        model.addAttribute("stepTimesDiffer", libraries.warnings(library).stream()
                .filter(w -> StandardWarning.STEP_TIMES_DIFFER.equals(w.messageKey()))
                .collect(Collectors.toMap(StandardWarning::serviceCode, w -> w, (a, b) -> a)));
        return "servicetimes/report";
    }

    /** Seconds as a clock reading, e.g. 5:03 or 1:02:07, for tables. */
    static final class ClockText {

        public String of(Long seconds) {
            if (seconds == null) {
                return "—";
            }
            long h = seconds / 3600;
            long m = seconds % 3600 / 60;
            long s = seconds % 60;
            return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
        }

        public String of(Integer seconds) {
            return of(seconds == null ? null : seconds.longValue());
        }
    }
}

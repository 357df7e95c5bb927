package id.serambi.reports.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.serambi.cases.CaseDesk;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.StandardWarning;
import id.serambi.reports.DashboardFigures;
import id.serambi.reports.ReportService;
import id.serambi.reports.internal.Exports;
import id.serambi.reports.internal.MonthlyReportPdf;
import id.serambi.reports.internal.ReportTables;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.shared.Messages;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.NotFoundException;

/** The dashboard page with its charts, and its tables as Excel and CSV downloads. */
@Controller
class DashboardController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;
    private final FrontOfficeService frontOffice;
    private final Messages messages;
    private final LibraryService libraries;
    private final CaseDesk cases;

    DashboardController(ReportService reports, FrontOfficeService frontOffice, Messages messages,
            LibraryService libraries, CaseDesk cases) {
        this.cases = cases;
        this.reports = reports;
        this.frontOffice = frontOffice;
        this.messages = messages;
        this.libraries = libraries;
    }

    @GetMapping("/app/{lib}/dashboard")
    String dashboard(Library library, Model model,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DashboardFigures figures = figures(library, from, to);
        model.addAttribute("library", library);
        model.addAttribute("figures", figures);
        List<Table> tables = tables(library, figures);
        model.addAttribute("tables", tables);
        model.addAttribute("charts", new ChartData(tables));
        // The share "within the completion time" is judged against the stated time: say where the steps add up to more.
        model.addAttribute("warnings", libraries.warnings(library).stream()
                .filter(w -> StandardWarning.STEP_TIMES_DIFFER.equals(w.messageKey())).toList());
        model.addAttribute("overdueCases", cases.overdueCount(library));
        return "reports/dashboard";
    }

    @GetMapping("/app/{lib}/dashboard.xlsx")
    ResponseEntity<byte[]> excel(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DashboardFigures figures = figures(library, from, to);
        return download(Exports.xlsx(tables(library, figures)), XLSX, name(figures, "xlsx"));
    }

    @GetMapping("/app/{lib}/dashboard.csv")
    ResponseEntity<byte[]> csv(Library library, @RequestParam String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DashboardFigures figures = figures(library, from, to);
        return csvDownload(tables(library, figures), table, name(figures, table + ".csv"));
    }

    /** One of the tables as CSV (UTF-8 with a byte-order mark, so that Excel reads it right); 404 for another id. */
    static ResponseEntity<byte[]> csvDownload(List<Table> tables, String table, String filename) {
        Table chosen = tables.stream().filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> new NotFoundException("reports.table.notFound", table));
        byte[] body = ("\uFEFF" + Exports.csv(chosen)).getBytes(StandardCharsets.UTF_8);
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), filename);
    }

    @GetMapping("/app/{lib}/reports/monthly.pdf")
    ResponseEntity<byte[]> monthly(Library library, @RequestParam(required = false) String month) {
        YearMonth period = parseMonth(library, month);
        DashboardFigures figures = reports.dashboard(library, period.atDay(1), period.atEndOfMonth());
        List<Table> tables = indonesian(() -> tables(library, figures));
        List<String[]> summary = indonesian(() -> List.of(
                new String[] {messages.get("reports.kpi.visitors"), String.valueOf(figures.visits().total())},
                new String[] {messages.get("reports.kpi.internet"), String.valueOf(figures.internet().sessions())},
                new String[] {messages.get("reports.kpi.overdue"), String.valueOf(figures.overdueComplaints())},
                new String[] {messages.get("reports.kpi.ikm"), figures.ikm().ikm() == null ? "—"
                        : figures.ikm().ikm() + " (" + figures.ikm().grade() + ")"}));
        byte[] pdf = MonthlyReportPdf.render(library, period, figures, tables, summary);
        return download(pdf, MediaType.APPLICATION_PDF, "laporan-bulanan-" + library.code() + "-" + period + ".pdf");
    }

    private YearMonth parseMonth(Library library, String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(reports.today(library)).minusMonths(1);
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("month", "reports.month.invalid");
        }
    }

    /** The monthly report is in Bahasa Indonesia whatever language the page is in. */
    private static <T> T indonesian(java.util.function.Supplier<T> work) {
        java.util.Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(java.util.Locale.of("id"));
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private DashboardFigures figures(Library library, LocalDate from, LocalDate to) {
        LocalDate today = reports.today(library);
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        return reports.dashboard(library, start, end);
    }

    private List<Table> tables(Library library, DashboardFigures figures) {
        return ReportTables.of(figures, frontOffice.purposes(library.id()), libraries.categoryNames(library.id()),
                messages);
    }

    private static String name(DashboardFigures figures, String suffix) {
        return "serambi-" + figures.library() + "-" + figures.from() + "-" + figures.to() + "." + suffix;
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}

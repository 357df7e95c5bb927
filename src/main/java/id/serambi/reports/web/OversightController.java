package id.serambi.reports.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.reports.OversightFigures;
import id.serambi.reports.OversightService;
import id.serambi.reports.ReportService;
import id.serambi.reports.internal.Exports;
import id.serambi.reports.internal.OversightTables;
import id.serambi.reports.internal.ReportTables.Table;
import id.serambi.shared.Messages;

/** The oversight page (a provincial library's overseen libraries), its downloads and the administrator's choice. */
@Controller
@PreAuthorize("hasRole('KABID')")
class OversightController {

    private final OversightService oversight;
    private final ReportService reports;
    private final FrontOfficeService frontOffice;
    private final Messages messages;
    private final LibraryService libraries;

    OversightController(OversightService oversight, ReportService reports, FrontOfficeService frontOffice,
            Messages messages, LibraryService libraries) {
        this.oversight = oversight;
        this.reports = reports;
        this.frontOffice = frontOffice;
        this.messages = messages;
        this.libraries = libraries;
    }

    @GetMapping("/app/{lib}/network")
    String page(Library library, Model model,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        OversightFigures figures = figures(library, from, to);
        List<Table> tables = tables(library, figures);
        model.addAttribute("library", library);
        model.addAttribute("figures", figures);
        model.addAttribute("tables", tables);
        model.addAttribute("charts", List.of(chart(tables, "oversight-libraries", 1, "bar"),
                chart(tables, "oversight-visits-by-day", 1, "line"), chart(tables, "oversight-libraries", 2, "bar"),
                chart(tables, "oversight-libraries", 6, "bar"), chart(tables, "oversight-libraries", 8, "bar")));
        model.addAttribute("overseen", oversight.overseen(library).stream().map(Library::code).toList());
        model.addAttribute("candidates", oversight.candidates(library));
        return "reports/oversight";
    }

    @GetMapping("/app/{lib}/network.xlsx")
    ResponseEntity<byte[]> excel(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        OversightFigures figures = figures(library, from, to);
        return DashboardController.download(Exports.xlsx(tables(library, figures)), DashboardController.XLSX,
                name(figures, "xlsx"));
    }

    @GetMapping("/app/{lib}/network.csv")
    ResponseEntity<byte[]> csv(Library library, @RequestParam String table,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        OversightFigures figures = figures(library, from, to);
        return DashboardController.csvDownload(tables(library, figures), table, name(figures, table + ".csv"));
    }

    @PostMapping("/app/{lib}/network")
    @PreAuthorize("hasRole('ADMIN')")
    String oversee(Library library, @RequestParam(name = "libraries", required = false) List<String> codes,
            RedirectAttributes redirect) {
        oversight.oversee(library, codes);
        redirect.addFlashAttribute("notice", "reports.oversight.saved");
        return "redirect:/app/" + library.code() + "/network";
    }

    private OversightFigures figures(Library library, LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : reports.today(library);
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        return oversight.figures(library, start, end);
    }

    private List<Table> tables(Library library, OversightFigures figures) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> purposes = new LinkedHashMap<>();
        Map<String, String> categories = new LinkedHashMap<>();
        for (Library overseen : oversight.overseen(library)) {
            names.put(overseen.code(), overseen.name());
            frontOffice.purposes(overseen.id()).forEach(p -> purposes.putIfAbsent(p.code(), p.name()));
            libraries.categoryNames(overseen.id()).forEach(categories::putIfAbsent);
        }
        return OversightTables.of(figures, names, code -> purposes.getOrDefault(code, code),
                code -> categories.getOrDefault(code, code), messages);
    }

    private static ChartData.Chart chart(List<Table> tables, String tableId, int column, String type) {
        Table table = tables.stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow();
        String title = tableId.equals("oversight-visits-by-day") ? table.title()
                : String.valueOf(table.rows().getFirst().get(column));
        return new ChartData(tables).chart(title, tableId, column, type);
    }

    private static String name(OversightFigures figures, String suffix) {
        return "serambi-binaan-" + figures.library() + "-" + figures.from() + "-" + figures.to() + "." + suffix;
    }
}

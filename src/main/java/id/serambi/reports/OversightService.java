package id.serambi.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.reports.internal.OversightRepository;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.PeriodRule;

/** A library's oversight: the libraries it oversees, and their figures side by side and summed. */
@Service
@Transactional(readOnly = true)
public class OversightService {

    private final OversightRepository oversight;
    private final LibraryService libraries;
    private final ReportService reports;

    OversightService(OversightRepository oversight, LibraryService libraries, ReportService reports) {
        this.oversight = oversight;
        this.libraries = libraries;
        this.reports = reports;
    }

    /** The libraries this library oversees, in the administrator's order. */
    public List<Library> overseen(Library library) {
        return oversight.overseen(library.id()).stream().map(id -> libraries.find(id).orElseThrow()).toList();
    }

    /** Each overseen library's dashboard figures over the period, and their sums. */
    public OversightFigures figures(Library library, LocalDate from, LocalDate to) {
        PeriodRule.check(from, to, ReportService.MAX_PERIOD_DAYS).ifPresent(refused -> {
            throw refused == PeriodRule.Refusal.OUT_OF_ORDER ? InvalidInputException.of("to", "reports.period.order")
                    : InvalidInputException.of("to", "reports.period.tooLong", ReportService.MAX_PERIOD_DAYS);
        });
        List<DashboardFigures> figures = new ArrayList<>();
        for (Library overseen : overseen(library)) {
            figures.add(reports.dashboard(overseen, from, to));
        }
        return OversightFigures.of(library.code(), from, to, figures);
    }

    /** Sets which libraries this library oversees (library codes; never itself, each once). */
    @Transactional
    public List<Library> oversee(Library library, List<String> codes) {
        List<Library> chosen = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes == null ? List.<String>of() : codes)) {
            Library found = libraries.all().stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
            if (found == null) {
                problems.add(FieldProblem.of("libraries", "reports.oversight.unknownLibrary", code));
            } else if (found.id().equals(library.id())) {
                problems.add(FieldProblem.of("libraries", "reports.oversight.itself", code));
            } else {
                chosen.add(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        oversight.replace(library.id(), chosen.stream().map(Library::id).toList());
        return chosen;
    }

    /** Every other library, for the administrator's choice. */
    public List<Library> candidates(Library library) {
        return libraries.all().stream().filter(l -> !l.id().equals(library.id())).toList();
    }

    /** Whether the library oversees any other. */
    public boolean oversees(LibraryId library) {
        return !oversight.overseen(library).isEmpty();
    }
}

package id.serambi.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cases.internal.CaseFiles;
import id.serambi.cases.internal.CaseInHand;
import id.serambi.cases.internal.CaseRouter;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceNotFoundException;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/**
 * The desk's cases: a case opens on arrival with a queue ticket (or a walk-in's "new case"), its ticket is called,
 * called again or skipped, staff tick the steps done outside Serambi, and actions in other modules join the case
 * staff hold ({@link #holding}).
 */
@Service
@Transactional(readOnly = true)
public class CaseDesk {

    /** The most open cases one desk list shows. */
    static final int LIST_LIMIT = 500;

    private final CaseFiles files;
    private final CaseRouter router;
    private final CaseViews views;
    private final LibraryService libraries;
    private final Clock clock;

    CaseDesk(CaseFiles files, CaseRouter router, CaseViews views, LibraryService libraries, Clock clock) {
        this.files = files;
        this.router = router;
        this.views = views;
        this.libraries = libraries;
        this.clock = clock;
    }

    /** A ticket for the service: a case opened now, numbered with the service's letter and the day's next number. */
    @Transactional
    public CaseView open(Library library, String serviceCode) {
        List<ServiceStandard> standards = libraries.standards(library.id());
        int position = -1;
        for (int i = 0; i < standards.size(); i++) {
            if (standards.get(i).code().equals(serviceCode)) {
                position = i;
            }
        }
        if (serviceCode == null || serviceCode.isBlank()) {
            throw InvalidInputException.of("service", "validation.required");
        }
        if (position < 0) {
            throw InvalidInputException.of("service", "case.error.unknownService", serviceCode);
        }
        ServiceStandard standard = standards.get(position);
        StandardVersion version = libraries.currentVersion(library.id(), standard.id());
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, library.timezone());
        String prefix = Character.toString('A' + position % 26);
        int number = files.nextNumber(library.id(), day, prefix);
        UUID id = UUID.randomUUID();
        files.openTicket(library.id(), id, standard.kind(), standard.id(), version.version(), now, day,
                "%s-%03d".formatted(prefix, number));
        return view(library, id);
    }

    /** Calls the ticket (again): the waiting-area screen shows it at the counter, and its waiting ends at the first. */
    @Transactional
    public CaseView call(Library library, UUID caseId, String counter) {
        CaseFiles.Head head = requireOpen(library, caseId, true);
        files.call(library.id(), head.id(), clock.instant(), CurrentStaff.accountIdOrNull(), counter(counter));
        return view(library, caseId);
    }

    /** Calls the oldest waiting ticket of the services (all when none is named); empty when nobody waits. */
    @Transactional
    public Optional<CaseView> callNext(Library library, List<String> serviceCodes, String counter) {
        List<String> kinds = kinds(library, serviceCodes);
        Optional<CaseFiles.Head> next = files.nextWaiting(library.id(), kinds);
        next.ifPresent(head -> files.call(library.id(), head.id(), clock.instant(), CurrentStaff.accountIdOrNull(),
                counter(counter)));
        return next.map(head -> view(library, head.id()));
    }

    /** The ticket holder did not come when called: the case closes as skipped. */
    @Transactional
    public CaseView skip(Library library, UUID caseId) {
        CaseFiles.Head head = requireOpen(library, caseId, true);
        files.close(library.id(), head.id(), clock.instant(), true);
        return view(library, caseId);
    }

    /** Ticks the step at the position of the case's procedure, done now outside Serambi. */
    @Transactional
    public CaseView tick(Library library, UUID caseId, int order) {
        CaseFiles.Head head = requireOpen(library, caseId, true);
        StandardVersion version = libraries.version(library.id(), head.serviceId(), head.version());
        StandardVersion.Step step = version.steps().stream().filter(s -> s.order() == order).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(order));
        if (head.calledAt() == null) {
            files.call(library.id(), caseId, clock.instant(), CurrentStaff.accountIdOrNull(), null);
        }
        router.record(library.id(), caseId, version, step.checkpoint(), step.key(), clock.instant(),
                CurrentStaff.accountIdOrNull());
        return view(library, caseId);
    }

    /** Runs the action with the case in hand: the steps it reaches join the case. No case: the action alone. */
    public <T> T holding(Library library, UUID caseId, Supplier<T> action) {
        if (caseId == null) {
            return action.get();
        }
        requireOpen(library, caseId, false);
        return CaseInHand.holding(library.id(), caseId, action);
    }

    /** Refuses an unknown case (404) or a closed one (409). */
    public void requireOpen(Library library, UUID caseId) {
        requireOpen(library, caseId, false);
    }

    public CaseView get(Library library, UUID caseId) {
        return view(library, caseId);
    }

    /** The open cases of the services (all when none is named), oldest first. */
    public List<CaseView> openCases(Library library, List<String> serviceCodes) {
        List<CaseFiles.Head> heads = files.open(library.id(), kinds(library, serviceCodes), LIST_LIMIT);
        return views.of(library, heads, clock.instant());
    }

    /** How many open cases of the library are past their deadline (for the dashboard). */
    public long overdueCount(Library library) {
        return openCases(library, null).stream().filter(CaseView::overdue).count();
    }

    /** The member's open case of a card service, if one runs. */
    public Optional<CaseView> openCaseOf(Library library, SubjectKind subject, String reference) {
        return files.openOf(library.id(), subject, reference)
                .map(head -> views.of(library, List.of(head), clock.instant()).get(0));
    }

    /** What the waiting-area screen shows: the latest calls of the day and how many still wait. */
    public NowCalling nowCalling(Library library, int calls) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), library.timezone());
        List<NowCalling.Call> latest = files.calledOn(library.id(), day, calls).stream()
                .map(head -> new NowCalling.Call(head.queueNumber(), head.counter(), head.lastCalledAt(),
                        head.calls()))
                .toList();
        return new NowCalling(latest, files.waiting(library.id(), day));
    }

    private CaseView view(Library library, UUID caseId) {
        CaseFiles.Head head = files.find(library.id(), caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        return views.of(library, List.of(head), clock.instant()).get(0);
    }

    private CaseFiles.Head requireOpen(Library library, UUID caseId, boolean lock) {
        Optional<CaseFiles.Head> head = lock ? files.lock(library.id(), caseId) : files.find(library.id(), caseId);
        CaseFiles.Head found = head.orElseThrow(() -> new CaseNotFoundException(caseId));
        if (!found.open()) {
            throw new CaseClosedException(found.queueNumber());
        }
        return found;
    }

    private List<String> kinds(Library library, List<String> serviceCodes) {
        if (serviceCodes == null || serviceCodes.isEmpty()) {
            return libraries.standards(library.id()).stream().map(s -> s.kind().name()).distinct().toList();
        }
        return serviceCodes.stream().map(code -> {
            try {
                return libraries.standard(library.id(), code).kind().name();
            } catch (ServiceNotFoundException e) {
                throw InvalidInputException.of("service", "case.error.unknownService", code);
            }
        }).distinct().toList();
    }

    private static String counter(String counter) {
        if (counter == null || counter.isBlank()) {
            return null;
        }
        String trimmed = counter.strip();
        if (trimmed.length() > 20) {
            throw InvalidInputException.of("counter", "validation.tooLong", 20);
        }
        return trimmed;
    }
}

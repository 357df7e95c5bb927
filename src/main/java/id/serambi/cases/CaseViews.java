package id.serambi.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.serambi.cases.internal.CaseFiles;
import id.serambi.libraries.CompletionTime;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;
import id.serambi.libraries.WorkingCalendar;

/**
 * Where each case stands: the step after the furthest one recorded, the time since the latest recorded moment, and
 * the deadline from the completion time of the version the case is judged against (working days count in the
 * library's service hours, without its holidays).
 */
@Component
class CaseViews {

    private final CaseFiles files;
    private final LibraryService libraries;

    CaseViews(CaseFiles files, LibraryService libraries) {
        this.files = files;
        this.libraries = libraries;
    }

    List<CaseView> of(Library library, List<CaseFiles.Head> heads, Instant now) {
        Map<UUID, Map<String, Instant>> moments = files.moments(library.id(), heads.stream().map(h -> h.id()).toList());
        List<ServiceStandard> standards = libraries.standards(library.id());
        WorkingCalendar calendar = libraries.calendar(library);
        List<CaseView> views = new ArrayList<>();
        for (CaseFiles.Head head : heads) {
            StandardVersion version = libraries.version(library.id(), head.serviceId(), head.version());
            Optional<ServiceStandard> standard = standards.stream().filter(s -> s.id() == head.serviceId()).findFirst();
            views.add(view(head, version, standard, moments.getOrDefault(head.id(), Map.of()), calendar, now));
        }
        return views;
    }

    private static CaseView view(CaseFiles.Head head, StandardVersion version, Optional<ServiceStandard> standard,
            Map<String, Instant> moments, WorkingCalendar calendar, Instant now) {
        List<StandardVersion.Step> steps = version.steps();
        int furthest = -1;
        Instant latest = head.calledAt() != null ? head.calledAt() : head.openedAt();
        for (int i = 0; i < steps.size(); i++) {
            Instant at = moments.get(CaseMoments.markOf(steps.get(i)));
            if (at != null) {
                furthest = i;
                latest = at.isAfter(latest) ? at : latest;
            }
        }
        Instant end = head.closedAt() != null ? head.closedAt() : now;
        StandardVersion.Step current = head.open() && furthest + 1 < steps.size() ? steps.get(furthest + 1) : null;
        Instant deadline = deadline(version.completionTime(), head.openedAt(), calendar);
        return new CaseView(head.id(), head.queueNumber(), standard.map(ServiceStandard::code).orElse(null),
                standard.map(ServiceStandard::name).orElse(null), head.service(), status(head), head.openedAt(),
                head.calledAt(), head.calls(), head.counter(), head.memberNumber(),
                current == null ? null : describe(current, standard), seconds(latest, end),
                seconds(head.openedAt(), end), current == null ? null : current.standardSeconds(), deadline,
                deadline != null && end.isAfter(deadline));
    }

    private static CaseView.Status status(CaseFiles.Head head) {
        if (head.skippedAt() != null) {
            return CaseView.Status.SKIPPED;
        }
        if (!head.open()) {
            return CaseView.Status.CLOSED;
        }
        return head.queueNumber() != null && head.calledAt() == null ? CaseView.Status.WAITING
                : CaseView.Status.IN_SERVICE;
    }

    private static CaseView.Step describe(StandardVersion.Step step, Optional<ServiceStandard> standard) {
        Optional<ProcedureStep> published = standard.flatMap(s -> s.steps().stream()
                .filter(p -> p.key().equals(step.key())).findFirst());
        return new CaseView.Step(step.order(), published.map(ProcedureStep::actor).orElse(null),
                published.map(ProcedureStep::description).orElse(null), step.checkpoint());
    }

    /** When the case is due: minutes from its start, or working days in service hours. */
    static Instant deadline(CompletionTime completion, Instant start, WorkingCalendar calendar) {
        if (completion == null) {
            return null;
        }
        return completion.unit() == CompletionTime.Unit.MINUTES ? start.plusSeconds(completion.seconds())
                : calendar.addWorkingDays(start, completion.value()).toInstant();
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toSeconds());
    }
}

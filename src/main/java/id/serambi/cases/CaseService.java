package id.serambi.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cases.internal.CaseRepository;
import id.serambi.cases.internal.CaseRepository.OpenCase;
import id.serambi.cases.internal.CaseRouter;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ProcedureStep;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;

/** Cases of every measured service: staff ticks, and what service times and the desk read of them. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseRepository cases;
    private final CaseRouter router;
    private final LibraryService libraries;

    CaseService(CaseRepository cases, CaseRouter router, LibraryService libraries) {
        this.cases = cases;
        this.router = router;
        this.libraries = libraries;
    }

    /**
     * Records a step staff did outside Serambi for the subject's case of the service (opened now if it has none);
     * every tick is kept and the first moment of the step is answered.
     */
    @Transactional
    public Instant tick(LibraryId library, ServiceStandard standard, String reference, ProcedureStep step,
            Instant at, Long staff) {
        SubjectKind subject = ServiceRoutes.subjectOf(standard.kind());
        OpenCase open = cases.findOpen(library, subject, reference, standard.kind()).orElseGet(() -> cases.open(
                library, subject, reference, standard.kind(), standard.id(),
                libraries.currentVersion(library, standard.id()).version(), at));
        router.record(library, open.id(), libraries.version(library, open.serviceId(), open.version()),
                step.checkpoint(), step.key(), at, staff);
        String mark = step.checkpoint() != null ? step.checkpoint().name() : step.key();
        return cases.firstMoment(library, open.id(), mark);
    }

    /** The service's cases whose earliest step lies in [from, to), by reference, each with its own version. */
    public List<CaseMoments> startedBetween(LibraryId library, ServiceStandard standard, Instant from, Instant to) {
        Map<UUID, CaseRepository.Row> heads = new LinkedHashMap<>();
        Map<UUID, Map<String, Instant>> moments = new HashMap<>();
        Map<UUID, Set<Long>> staff = new HashMap<>();
        for (CaseRepository.Row row : cases.startedBetween(library, standard.kind(), from, to)) {
            heads.putIfAbsent(row.caseId(), row);
            Map<String, Instant> marks = moments.computeIfAbsent(row.caseId(), id -> new HashMap<>());
            if (row.mark() != null) {
                marks.putIfAbsent(row.mark(), row.at());
            }
            Set<Long> recordedBy = staff.computeIfAbsent(row.caseId(), id -> new HashSet<>());
            if (row.staff() != null) {
                recordedBy.add(row.staff());
            }
        }
        List<CaseMoments> result = new ArrayList<>();
        heads.forEach((id, head) -> {
            StandardVersion version = libraries.version(library, head.serviceId(), head.version());
            result.add(new CaseMoments(id, head.reference(), version, moments.get(id), head.arrivedAt(),
                    head.calledAt(), staff.get(id)));
        });
        return result;
    }

    /** Every case of the subject with every occurrence of its steps. */
    public List<CaseTimeline> timelines(LibraryId library, SubjectKind subject, String reference) {
        return cases.timelines(library, subject, reference);
    }
}

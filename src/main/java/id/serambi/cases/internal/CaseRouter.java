package id.serambi.cases.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.serambi.cases.ServiceRoutes;
import id.serambi.cases.StepReached;
import id.serambi.cases.internal.CaseRepository.OpenCase;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;

/**
 * The one place that decides where a step goes: the subject's case of the service its channel names, and only when
 * the procedure that case is judged against (the version it was opened under) has the step. A step that would open a
 * case opens it under the standard's current version. When the channel is unknown (a member's first scan at the
 * door) the step goes to the member's case of each first-card service whose procedure has it, as it always did.
 */
@Component
public class CaseRouter {

    private final CaseRepository cases;
    private final LibraryService libraries;

    CaseRouter(CaseRepository cases, LibraryService libraries) {
        this.cases = cases;
        this.libraries = libraries;
    }

    public void route(StepReached step) {
        for (ServiceKind service : ServiceRoutes.kindsOf(step.subjectKind(), step.channel())) {
            Optional<ServiceStandard> standard = libraries.standardOfKind(step.library(), service);
            if (standard.isEmpty()) {
                continue;
            }
            Optional<OpenCase> open = cases.findOpen(step.library(), step.subjectKind(), step.subjectRef(), service);
            StandardVersion version = open
                    .map(c -> libraries.version(step.library(), c.serviceId(), c.version()))
                    .orElseGet(() -> libraries.currentVersion(step.library(), standard.get().id()));
            if (!version.has(step.checkpoint())) {
                continue;
            }
            OpenCase target = open.orElseGet(() -> cases.open(step.library(), step.subjectKind(), step.subjectRef(),
                    service, version.serviceId(), version.version(), step.at()));
            cases.add(step.library(), target.id(), step.checkpoint(), null, step.at(), step.staffAccountId());
        }
    }
}

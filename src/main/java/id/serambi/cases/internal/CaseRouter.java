package id.serambi.cases.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.serambi.cases.CaseMoments;
import id.serambi.cases.ServiceRoutes;
import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.cases.internal.CaseRepository.OpenCase;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.libraries.ServiceStandard;
import id.serambi.libraries.StandardVersion;

/**
 * The one place that decides where a step goes. When staff hold a case ({@link CaseInHand}) and its procedure has the
 * step, the step and its subject join that case. Otherwise it goes to the subject's open case of the service its
 * channel names, and only when the procedure that case is judged against (the version it was opened under) has it.
 * Without an open case, a step joins the subject's last closed case of the service (a late or repeated occurrence:
 * a subject's new round comes with a new subject, such as the new number of a replacement card); a subject without
 * any case of the service gets one opened under the standard's current version. When the channel is unknown (a member's
 * first scan at the door) the step goes to the member's case of each first-card service whose procedure has it.
 * A case closes when the last step of its procedure is reached.
 */
@Component
public class CaseRouter {

    private final CaseRepository cases;
    private final CaseFiles files;
    private final LibraryService libraries;

    CaseRouter(CaseRepository cases, CaseFiles files, LibraryService libraries) {
        this.cases = cases;
        this.files = files;
        this.libraries = libraries;
    }

    public void route(StepReached step) {
        Optional<UUID> held = CaseInHand.heldFor(step.library());
        if (held.isPresent() && joinHeld(step, held.get())) {
            return;
        }
        for (ServiceKind service : ServiceRoutes.kindsOf(step.subjectKind(), step.channel())) {
            Optional<ServiceStandard> standard = libraries.standardOfKind(step.library(), service);
            if (standard.isPresent()) {
                routeTo(step, service, standard.get());
            }
        }
    }

    private boolean joinHeld(StepReached step, UUID caseId) {
        Optional<CaseFiles.Head> head = files.find(step.library(), caseId);
        if (head.isEmpty() || !head.get().open() || !servesSubject(head.get().service(), step)) {
            return false;
        }
        StandardVersion version = libraries.version(step.library(), head.get().serviceId(), head.get().version());
        if (!version.has(step.checkpoint())) {
            return false;
        }
        files.attach(step.library(), caseId, step.subjectKind(), step.subjectRef(), head.get().service());
        record(step.library(), caseId, version, step.checkpoint(), null, step.at(), step.staffAccountId());
        return true;
    }

    private static boolean servesSubject(ServiceKind service, StepReached step) {
        return step.subjectKind() == SubjectKind.VISIT
                || ServiceRoutes.kindsOf(step.subjectKind(), step.channel()).contains(service);
    }

    private void routeTo(StepReached step, ServiceKind service, ServiceStandard standard) {
        LibraryId library = step.library();
        Optional<OpenCase> open = cases.findOpen(library, step.subjectKind(), step.subjectRef(), service);
        if (open.isPresent()) {
            StandardVersion version = libraries.version(library, open.get().serviceId(), open.get().version());
            if (version.has(step.checkpoint())) {
                record(library, open.get().id(), version, step.checkpoint(), null, step.at(), step.staffAccountId());
            }
            return;
        }
        Optional<CaseFiles.Head> closed = files.lastClosed(library, step.subjectKind(), step.subjectRef(), service);
        if (closed.isPresent()) {
            StandardVersion version = libraries.version(library, closed.get().serviceId(), closed.get().version());
            if (version.has(step.checkpoint())) {
                cases.add(library, closed.get().id(), step.checkpoint(), null, step.at(), step.staffAccountId());
            }
            return;
        }
        StandardVersion version = libraries.currentVersion(library, standard.id());
        if (version.has(step.checkpoint())) {
            OpenCase opened = cases.open(library, step.subjectKind(), step.subjectRef(), service, version.serviceId(),
                    version.version(), step.at());
            record(library, opened.id(), version, step.checkpoint(), null, step.at(), step.staffAccountId());
        }
    }

    /** Adds the occurrence to the case, and closes the case when it is its procedure's last step. */
    public void record(LibraryId library, UUID caseId, StandardVersion version, Checkpoint checkpoint, String stepKey,
            Instant at, Long staff) {
        cases.add(library, caseId, checkpoint, stepKey, at, staff);
        List<StandardVersion.Step> steps = version.steps();
        if (steps.isEmpty()) {
            return;
        }
        StandardVersion.Step last = steps.get(steps.size() - 1);
        String mark = checkpoint != null ? checkpoint.name() : stepKey;
        if (CaseMoments.markOf(last).equals(mark)) {
            files.close(library, caseId, at, false);
        }
    }
}

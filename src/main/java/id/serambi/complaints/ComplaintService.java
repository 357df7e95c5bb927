package id.serambi.complaints;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.complaints.internal.ComplaintRepository;
import id.serambi.complaints.internal.ComplaintSettingsRepository;
import id.serambi.complaints.internal.Deadlines;
import id.serambi.complaints.internal.IntakeRules;
import id.serambi.complaints.internal.TrackingCodes;
import id.serambi.libraries.ChannelType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.shared.DomainException;
import id.serambi.shared.ProblemCodes;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.Role;

/** Takes in complaints from every channel and moves them through the workflow, one transaction per step. */
@Service
@Transactional
public class ComplaintService {

    private final ComplaintRepository complaints;
    private final ComplaintSettingsRepository settings;
    private final TrackingCodes codes;
    private final Deadlines deadlines;
    private final LibraryService libraries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, ComplaintSettingsRepository settings, TrackingCodes codes,
            Deadlines deadlines, LibraryService libraries, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.codes = codes;
        this.deadlines = deadlines;
        this.libraries = libraries;
        this.events = events;
        this.clock = clock;
    }

    /** Records a complaint and answers its tracking code; an anonymous complaint keeps no name or contact. */
    public String file(Library library, NewComplaint request) {
        boolean byStaff = CurrentStaff.get().filter(staff -> staff.worksIn(library.idValue())).isPresent();
        ChannelType channel = IntakeRules.check(request, byStaff);
        String code = freshCode();
        Instant now = clock.instant();
        boolean anonymous = request.anonymous();
        Instant due = deadlines.due(library, settings.find(library.id()), ComplaintStatus.RECEIVED, now);
        complaints.insert(library.id(), new Complaint(code, channel, request.text().trim(),
                anonymous ? null : IntakeRules.clean(request.name()),
                anonymous ? null : IntakeRules.clean(request.contact()), anonymous,
                !anonymous && request.confidential(), ComplaintStatus.RECEIVED, now, due, null));
        Long staff = byStaff ? CurrentStaff.accountIdOrNull() : null;
        complaints.addStep(library.id(), code, new ComplaintStep(ComplaintStatus.RECEIVED, now, staff, null));
        checkpoint(library, code, ComplaintStatus.RECEIVED, now, staff);
        events.publishEvent(new ComplaintFiled(library.id(), code));
        return code;
    }

    /**
     * Moves a complaint on, if the workflow allows it and the signed-in staff member holds the role the step needs.
     * A {@code response} is published to the complainant; answering and "not our remit" require one.
     */
    public Complaint transition(Library library, String code, ComplaintStatus target, String note, String response) {
        Complaint complaint = complaints.lock(library.id(), code)
                .orElseThrow(() -> ComplaintNotFoundException.forCode(code));
        ComplaintSettings current = settings.find(library.id());
        requireRole(requiredRole(target, current));
        if (!complaint.status().canMoveTo(target) || !inProcedure(library, target)) {
            throw new TransitionNotAllowedException(complaint.status(), target);
        }
        TransitionRules.check(target, note, response);
        Long staff = CurrentStaff.accountIdOrNull();
        moveTo(library, complaint, target, current, IntakeRules.clean(note), IntakeRules.clean(response), staff);
        return require(library, code);
    }

    /**
     * Closes resolved complaints whose closing deadline passed without a reply; answers how many. Each is locked and
     * checked again, so one archived or moved on by staff meanwhile is left as it is.
     */
    public int closeAfterSilence(Library library) {
        Instant now = clock.instant();
        List<String> due = complaints.dueForClosing(library.id(), now);
        ComplaintSettings current = settings.find(library.id());
        int closed = 0;
        for (String code : due) {
            Complaint complaint = complaints.lock(library.id(), code).orElse(null);
            if (complaint != null && complaint.status().canMoveTo(ComplaintStatus.CLOSED)
                    && complaint.dueAt() != null && complaint.dueAt().isBefore(now)) {
                moveTo(library, complaint, ComplaintStatus.CLOSED, current, null, null, null);
                closed++;
            }
        }
        return closed;
    }

    /**
     * Whether the library's complaint procedure has this step: the hand-back of the answer (Lebak's step 7) is
     * offered only where the procedure names it.
     */
    public boolean inProcedure(Library library, ComplaintStatus target) {
        if (target != ComplaintStatus.RESOLUTION_RETURNED) {
            return true;
        }
        return libraries.standardOfKind(library.id(), ServiceKind.COMPLAINT)
                .map(standard -> !standard.stepsWith(target.checkpoint()).isEmpty()).orElse(false);
    }

    public ComplaintSettings settings(Library library) {
        return settings.find(library.id());
    }

    /** Saves new deadlines; they apply to steps reached from now on. */
    public void saveSettings(Library library, ComplaintSettings changed) {
        requireRole(Role.KABID);
        settings.save(library.id(), changed.validated());
    }

    private void moveTo(Library library, Complaint complaint, ComplaintStatus target, ComplaintSettings current,
            String note, String response, Long staff) {
        Instant now = clock.instant();
        String code = complaint.trackingCode();
        if (!complaints.updateStatus(library.id(), code, complaint.status(), target,
                deadlines.due(library, current, target, now), response)) {
            throw new ComplaintChangedException(complaint.status());
        }
        complaints.addStep(library.id(), code, new ComplaintStep(target, now, staff, note));
        checkpoint(library, code, target, now, staff);
    }

    private Complaint require(Library library, String code) {
        return complaints.find(library.id(), code).orElseThrow(() -> ComplaintNotFoundException.forCode(code));
    }

    private void checkpoint(Library library, String code, ComplaintStatus status, Instant at, Long staff) {
        if (status.checkpoint() != null) {
            events.publishEvent(new StepReached(library.id(), SubjectKind.COMPLAINT, code, null, status.checkpoint(),
                    at, staff));
        }
    }

    private String freshCode() {
        String code = codes.next();
        while (complaints.codeExists(code)) {
            code = codes.next();
        }
        return code;
    }

    static Role requiredRole(ComplaintStatus target, ComplaintSettings settings) {
        return switch (target) {
            case ANSWERED -> settings.answeringRole();
            case ARCHIVED -> Role.KASI;
            default -> Role.PETUGAS;
        };
    }

    /** Whether the signed-in staff member holds the role or one above it (the role hierarchy). */
    static boolean holds(Role required) {
        return CurrentStaff.holds(required);
    }

    private static void requireRole(Role required) {
        if (!holds(required)) {
            throw new DomainException(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN, "error.forbiddenRole");
        }
    }
}

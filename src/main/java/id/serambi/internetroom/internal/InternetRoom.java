package id.serambi.internetroom.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.frontoffice.CardRefusedException;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.MemberCard;
import id.serambi.internetroom.InternetRoomException;
import id.serambi.internetroom.InternetRoomSettings;
import id.serambi.internetroom.InternetSession;
import id.serambi.internetroom.SessionStatus;
import id.serambi.internetroom.Workstation;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;

/**
 * Runs sessions. A session is one case of the library's internet service (its subject is the session id): the guest-book
 * entry, the end of use, and the tidy-up are its time-stamped steps (seed 004).
 */
@Component
public class InternetRoom {

    private final WorkstationRepository workstations;
    private final SessionRepository sessions;
    private final AllowanceRepository allowances;
    private final QueueRepository queue;
    private final FrontOfficeService frontOffice;
    private final ApplicationEventPublisher events;

    InternetRoom(WorkstationRepository workstations, SessionRepository sessions, AllowanceRepository allowances,
            QueueRepository queue, FrontOfficeService frontOffice, ApplicationEventPublisher events) {
        this.workstations = workstations;
        this.sessions = sessions;
        this.allowances = allowances;
        this.queue = queue;
        this.frontOffice = frontOffice;
        this.events = events;
    }

    public InternetSession start(Library library, String memberNumber, String workstationName, Instant at) {
        MemberCard card = requireMember(library, memberNumber);
        if (workstationName == null || workstationName.isBlank()) {
            throw InvalidInputException.of("workstation", "internetroom.workstation.required");
        }
        expireDue(library, at);
        Workstation workstation = workstations.lockByName(library.id(), workstationName.strip())
                .orElseThrow(() -> InvalidInputException.of("workstation", "internetroom.workstation.unknown"));
        LocalDate day = at.atZone(library.timezone()).toLocalDate();
        requireFree(library, workstation, card.memberNumber(), day);
        InternetRoomSettings allowance = allowances.find(library.id());
        long left = allowance.dailyMinutes() * 60L - sessions.secondsUsed(library.id(), card.memberNumber(), day, at);
        if (left < 60) {
            throw InternetRoomException.dailyAllowanceUsed(allowance.dailyMinutes());
        }
        Instant endsAt = at.plusSeconds(Math.min(allowance.sessionMinutes() * 60L, left));
        Long staff = CurrentStaff.accountIdOrNull();
        long id;
        try {
            id = sessions.insert(library.id(), workstation.id(), card.memberNumber(), card.categoryCode(), at, day,
                    endsAt, staff);
        } catch (DuplicateKeyException raceOnAnotherWorkstation) {
            throw InternetRoomException.memberInSession(card.memberNumber());
        }
        queue.leave(library.id(), card.memberNumber(), "SERVED", at);
        Instant signed = frontOffice.lastVisitSince(library.id(), card.memberNumber(),
                day.atStartOfDay(library.timezone()).toInstant()).orElse(at);
        checkpoint(library, id, Checkpoint.GUEST_BOOK_SIGNED, signed, staff);
        return new InternetSession(id, workstation.id(), workstation.name(), card.memberNumber(), at, endsAt, null,
                SessionStatus.ACTIVE, null);
    }

    /** The member's valid card; non-members and cards that do not let their holder in are refused (422). */
    public MemberCard requireMember(Library library, String memberNumber) {
        if (memberNumber == null || memberNumber.isBlank()) {
            throw InternetRoomException.ktaRequired();
        }
        try {
            return frontOffice.requireValidCard(library, memberNumber.strip());
        } catch (CardRefusedException refused) {
            throw InternetRoomException.card(refused.code(), memberNumber.strip());
        }
    }

    private void requireFree(Library library, Workstation workstation, String memberNumber, LocalDate day) {
        if (!workstation.inService()) {
            throw InternetRoomException.outOfService(workstation.name());
        }
        if (sessions.workstationBusy(library.id(), workstation.id())) {
            throw InternetRoomException.busy(workstation.name());
        }
        if (sessions.awaitingTidy(library.id(), day).stream().anyMatch(s -> s.workstationId() == workstation.id())) {
            throw InternetRoomException.awaitingTidy(workstation.name());
        }
        if (sessions.memberBusy(library.id(), memberNumber)) {
            throw InternetRoomException.memberInSession(memberNumber);
        }
    }

    public InternetSession end(Library library, long sessionId, Instant at) {
        InternetSession session = lock(library, sessionId);
        if (session.status() != SessionStatus.ACTIVE) {
            throw InternetRoomException.notActive(sessionId);
        }
        boolean timeUp = !at.isBefore(session.endsAt());
        Instant endedAt = timeUp ? session.endsAt() : at;
        SessionStatus status = timeUp ? SessionStatus.EXPIRED : SessionStatus.ENDED;
        sessions.end(library.id(), sessionId, status, endedAt, CurrentStaff.accountIdOrNull());
        checkpoint(library, sessionId, Checkpoint.INTERNET_SESSION_ENDED, endedAt, CurrentStaff.accountIdOrNull());
        return new InternetSession(sessionId, session.workstationId(), session.workstationName(),
                session.memberNumber(), session.startedAt(), session.endsAt(), endedAt, status, null);
    }

    /** Staff confirm the PC is shut down and the place tidy (seed 004's last step, 5 minutes). */
    public InternetSession tidied(Library library, long sessionId, Instant at) {
        InternetSession session = lock(library, sessionId);
        if (session.status() == SessionStatus.ACTIVE) {
            throw InternetRoomException.stillRunning(sessionId);
        }
        if (session.tidiedAt() != null) {
            return session;
        }
        sessions.tidied(library.id(), sessionId, at, CurrentStaff.accountIdOrNull());
        checkpoint(library, sessionId, Checkpoint.WORKSTATION_TIDIED, at, CurrentStaff.accountIdOrNull());
        return new InternetSession(sessionId, session.workstationId(), session.workstationName(),
                session.memberNumber(), session.startedAt(), session.endsAt(), session.endedAt(), session.status(),
                at);
    }

    /** Ends the sessions whose time ran out, each as of the moment its time was up. */
    public int expireDue(Library library, Instant now) {
        var expired = sessions.expireDue(library.id(), now);
        expired.forEach(s -> checkpoint(library, s.id(), Checkpoint.INTERNET_SESSION_ENDED, s.endsAt(), null));
        return expired.size();
    }

    private InternetSession lock(Library library, long sessionId) {
        return sessions.lock(library.id(), sessionId)
                .orElseThrow(() -> new NotFoundException("internetroom.session.notFound", sessionId));
    }

    private void checkpoint(Library library, long sessionId, Checkpoint checkpoint, Instant at, Long staff) {
        events.publishEvent(new StepReached(library.id(), SubjectKind.INTERNET_SESSION, Long.toString(sessionId),
                null, checkpoint, at, staff));
    }
}

package id.serambi.internetroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.MemberCard;
import id.serambi.internetroom.internal.AllowanceRepository;
import id.serambi.internetroom.internal.InternetRoom;
import id.serambi.internetroom.internal.QueueRepository;
import id.serambi.internetroom.internal.SessionRepository;
import id.serambi.internetroom.internal.UsageStatistics;
import id.serambi.internetroom.internal.WorkstationRepository;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.NotFoundException;

/** The internet room's public face: workstations, sessions, the queue, allowances and usage. */
@Service
@Transactional(readOnly = true)
public class InternetRoomService {

    private final InternetRoom room;
    private final WorkstationRepository workstations;
    private final SessionRepository sessions;
    private final QueueRepository queue;
    private final AllowanceRepository allowances;
    private final UsageStatistics usage;
    private final FrontOfficeService frontOffice;
    private final Clock clock;

    InternetRoomService(InternetRoom room, WorkstationRepository workstations, SessionRepository sessions,
            QueueRepository queue, AllowanceRepository allowances, UsageStatistics usage,
            FrontOfficeService frontOffice, Clock clock) {
        this.room = room;
        this.workstations = workstations;
        this.sessions = sessions;
        this.queue = queue;
        this.allowances = allowances;
        this.usage = usage;
        this.frontOffice = frontOffice;
        this.clock = clock;
    }

    @Transactional
    public Workstation addWorkstation(LibraryId library, String name, String location) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw InvalidInputException.of("name", "internetroom.workstation.nameInvalid", 60);
        }
        String clean = name.strip();
        if (workstations.nameTaken(library, clean)) {
            throw InternetRoomException.workstationExists(clean);
        }
        String place = location == null || location.isBlank() ? null : location.strip();
        return new Workstation(workstations.insert(library, clean, place), clean, place, true);
    }

    @Transactional
    public void setInService(LibraryId library, long workstationId, boolean inService) {
        workstations.find(library, workstationId)
                .orElseThrow(() -> new NotFoundException("internetroom.workstation.notFound", workstationId));
        workstations.setInService(library, workstationId, inService);
    }

    /**
     * Every workstation with its running session (time-outs applied lazily by the scheduler and on start), and whether
     * it waits to be tidied after today's last session.
     */
    public List<WorkstationState> room(Library library) {
        Map<Long, InternetSession> running = sessions.active(library.id()).stream()
                .collect(Collectors.toMap(InternetSession::workstationId, Function.identity()));
        Set<Long> untidy = awaitingTidy(library).stream().map(InternetSession::workstationId)
                .collect(Collectors.toSet());
        return workstations.findAll(library.id()).stream()
                .map(w -> new WorkstationState(w, running.get(w.id()), untidy.contains(w.id()))).toList();
    }

    @Transactional
    public InternetSession start(Library library, String memberNumber, String workstation) {
        return room.start(library, memberNumber, workstation, clock.instant());
    }

    /** Starts a session that began at {@code at} (a session noted on paper during an outage). */
    @Transactional
    public InternetSession startAt(Library library, String memberNumber, String workstation, Instant at) {
        return room.start(library, memberNumber, workstation, at);
    }

    @Transactional
    public InternetSession end(Library library, long sessionId) {
        return room.end(library, sessionId, clock.instant());
    }

    @Transactional
    public InternetSession tidied(Library library, long sessionId) {
        return room.tidied(library, sessionId, clock.instant());
    }

    @Transactional
    public int expireDue(Library library) {
        return room.expireDue(library, clock.instant());
    }

    @Transactional
    public QueueEntry joinQueue(Library library, String memberNumber) {
        MemberCard card = room.requireMember(library, memberNumber);
        if (sessions.memberBusy(library.id(), card.memberNumber())) {
            throw InternetRoomException.memberInSession(card.memberNumber());
        }
        if (queue.isWaiting(library.id(), card.memberNumber())) {
            throw InternetRoomException.alreadyQueued(card.memberNumber());
        }
        Instant now = clock.instant();
        return new QueueEntry(queue.insert(library.id(), card.memberNumber(), now), card.memberNumber(),
                card.fullName(), now);
    }

    @Transactional
    public void leaveQueue(LibraryId library, String memberNumber) {
        queue.leave(library, memberNumber, "CANCELLED", clock.instant());
    }

    public List<QueueEntry> queue(LibraryId library) {
        return queue.waiting(library).stream().map(w -> new QueueEntry(w.id(), w.memberNumber(),
                frontOffice.card(library, w.memberNumber()).map(MemberCard::fullName).orElse(null), w.queuedAt()))
                .toList();
    }

    public UsageStats usage(Library library, LocalDate from, LocalDate to) {
        return usage.between(library.id(), from, to, clock.instant());
    }

    public InternetRoomSettings settings(LibraryId library) {
        return allowances.find(library);
    }

    @Transactional
    public void saveSettings(LibraryId library, InternetRoomSettings settings) {
        if (settings.sessionMinutes() < 5 || settings.sessionMinutes() > 600) {
            throw InvalidInputException.of("sessionMinutes", "internetroom.settings.sessionInvalid", 5, 600);
        }
        if (settings.dailyMinutes() < settings.sessionMinutes() || settings.dailyMinutes() > 1440) {
            throw InvalidInputException.of("dailyMinutes", "internetroom.settings.dailyInvalid", 1440);
        }
        allowances.save(library, settings);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }

    /** Today's finished sessions whose workstation has not been tidied yet. */
    public List<InternetSession> awaitingTidy(Library library) {
        return sessions.awaitingTidy(library.id(), today(library));
    }
}

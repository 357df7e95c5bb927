package id.serambi.internetroom.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.internetroom.InternetRoomService;
import id.serambi.internetroom.InternetSession;
import id.serambi.internetroom.QueueEntry;
import id.serambi.internetroom.UsageStats;
import id.serambi.internetroom.Workstation;
import id.serambi.internetroom.WorkstationState;
import id.serambi.libraries.Library;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/libraries/{lib}")
@Tag(name = "Internet room", description = "Workstations, sessions for members with a valid KTA, queue, usage")
class InternetRoomApiController {

    private final InternetRoomService internetRoom;

    InternetRoomApiController(InternetRoomService internetRoom) {
        this.internetRoom = internetRoom;
    }

    record WorkstationRequest(String name, String location) {
    }

    record ServiceRequest(boolean inService) {
    }

    record SessionRequest(String memberNumber, String workstation) {
    }

    record QueueRequest(String memberNumber) {
    }

    record SessionResponse(long sessionId, String workstation, String memberNumber, String status, String startedAt,
            String endsAt, String endedAt, String tidiedAt) {

        static SessionResponse of(InternetSession s) {
            return new SessionResponse(s.id(), s.workstationName(), s.memberNumber(), s.status().name(),
                    s.startedAt().toString(), s.endsAt().toString(), text(s.endedAt()), text(s.tidiedAt()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    @PostMapping("/workstations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "Add a workstation (KASI or admin); a name already used gives 409 WORKSTATION_EXISTS")
    Workstation addWorkstation(Library library, @RequestBody WorkstationRequest request) {
        return internetRoom.addWorkstation(library.id(), request.name(), request.location());
    }

    @PostMapping("/workstations/{id}/service")
    @PreAuthorize("hasRole('KASI')")
    @Operation(summary = "Put a workstation in or out of service (KASI or admin)")
    void setInService(Library library, @PathVariable long id, @RequestBody ServiceRequest request) {
        internetRoom.setInService(library.id(), id, request.inService());
    }

    @GetMapping("/workstations")
    @Operation(summary = "Every workstation with its running session and whether it waits to be tidied")
    List<WorkstationState> workstations(Library library) {
        return internetRoom.room(library);
    }

    @PostMapping("/internet-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a session for a member with a valid KTA on a workstation (by name). 422 "
            + "KTA_REQUIRED, UNKNOWN_CARD, CARD_EXPIRED, CARD_BLOCKED, CARD_NOT_ACTIVE or DAILY_ALLOWANCE_USED; "
            + "409 WORKSTATION_BUSY, WORKSTATION_OUT_OF_SERVICE, WORKSTATION_AWAITING_TIDY or MEMBER_IN_SESSION")
    SessionResponse start(Library library, @RequestBody SessionRequest request) {
        return SessionResponse.of(internetRoom.start(library, request.memberNumber(), request.workstation()));
    }

    @PostMapping("/internet-sessions/{id}/end")
    @Operation(summary = "End a running session (409 SESSION_NOT_ACTIVE when it is not running)")
    SessionResponse end(Library library, @PathVariable long id) {
        return SessionResponse.of(internetRoom.end(library, id));
    }

    @PostMapping("/internet-sessions/{id}/tidied")
    @Operation(summary = "Record that the PC was shut down and the place tidied after the session")
    SessionResponse tidied(Library library, @PathVariable long id) {
        return SessionResponse.of(internetRoom.tidied(library, id));
    }

    @GetMapping("/internet-sessions/stats")
    @Operation(summary = "Sessions and minutes per day, workstation and category (default: the last 7 days)")
    UsageStats usage(Library library,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LocalDate end = to != null ? to : internetRoom.today(library);
        return internetRoom.usage(library, from != null ? from : end.minusDays(6), end);
    }

    @PostMapping("/internet-queue")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a member with a valid KTA on the waiting list (409 ALREADY_QUEUED)")
    QueueEntry joinQueue(Library library, @RequestBody QueueRequest request) {
        return internetRoom.joinQueue(library, request.memberNumber());
    }

    @GetMapping("/internet-queue")
    @Operation(summary = "Members waiting, first come first served")
    List<QueueEntry> queue(Library library) {
        return internetRoom.queue(library.id());
    }
}

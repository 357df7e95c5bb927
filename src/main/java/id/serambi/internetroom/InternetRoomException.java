package id.serambi.internetroom;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** A rule of the internet room refuses the request. */
public class InternetRoomException extends DomainException {

    private InternetRoomException(HttpStatus status, String code, String messageKey, Object... args) {
        super(status, code, messageKey, args);
    }

    public static InternetRoomException ktaRequired() {
        return new InternetRoomException(HttpStatus.UNPROCESSABLE_CONTENT, "KTA_REQUIRED",
                "internetroom.kta.KTA_REQUIRED");
    }

    /** The card cannot be used: the same code as at the door, with the internet room's wording. */
    public static InternetRoomException card(String code, String memberNumber) {
        return new InternetRoomException(HttpStatus.UNPROCESSABLE_CONTENT, code, "internetroom.kta." + code,
                memberNumber);
    }

    public static InternetRoomException workstationExists(String name) {
        return new InternetRoomException(HttpStatus.CONFLICT, "WORKSTATION_EXISTS",
                "internetroom.workstation.exists", name);
    }

    public static InternetRoomException busy(String name) {
        return new InternetRoomException(HttpStatus.CONFLICT, "WORKSTATION_BUSY", "internetroom.workstation.busy",
                name);
    }

    public static InternetRoomException outOfService(String name) {
        return new InternetRoomException(HttpStatus.CONFLICT, "WORKSTATION_OUT_OF_SERVICE",
                "internetroom.workstation.outOfService", name);
    }

    /** The last session on it ended and nobody has tidied it yet (seed 004's last step). */
    public static InternetRoomException awaitingTidy(String name) {
        return new InternetRoomException(HttpStatus.CONFLICT, "WORKSTATION_AWAITING_TIDY",
                "internetroom.workstation.awaitingTidy", name);
    }

    public static InternetRoomException memberInSession(String memberNumber) {
        return new InternetRoomException(HttpStatus.CONFLICT, "MEMBER_IN_SESSION",
                "internetroom.session.memberBusy", memberNumber);
    }

    public static InternetRoomException dailyAllowanceUsed(int dailyMinutes) {
        return new InternetRoomException(HttpStatus.UNPROCESSABLE_CONTENT, "DAILY_ALLOWANCE_USED",
                "internetroom.session.dailyUsed", dailyMinutes);
    }

    public static InternetRoomException notActive(long sessionId) {
        return new InternetRoomException(HttpStatus.CONFLICT, "SESSION_NOT_ACTIVE", "internetroom.session.notActive",
                sessionId);
    }

    public static InternetRoomException stillRunning(long sessionId) {
        return new InternetRoomException(HttpStatus.CONFLICT, "SESSION_RUNNING", "internetroom.session.running",
                sessionId);
    }

    public static InternetRoomException alreadyQueued(String memberNumber) {
        return new InternetRoomException(HttpStatus.CONFLICT, "ALREADY_QUEUED", "internetroom.queue.already",
                memberNumber);
    }
}

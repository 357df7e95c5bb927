package id.serambi.privacy;

import java.time.Duration;
import java.time.Instant;

/** A member's request about their personal data, to be decided within {@link #DEADLINE} of filing. */
public record PrivacyRequest(long id, String memberNumber, Kind kind, String field, String proposedValue,
        String reason, Status status, Instant filedAt, Instant dueAt, Instant decidedAt, String decidedBy,
        String decisionNote) {

    /** UU 27/2022 gives the controller 3×24 hours to act on a data subject's request. */
    public static final Duration DEADLINE = Duration.ofHours(72);

    /** What the member asks for. */
    public enum Kind {
        ACCESS, CORRECTION, ERASURE
    }

    /** Where the request stands. */
    public enum Status {
        OPEN, APPROVED, REFUSED
    }

    public boolean isOverdue(Instant now) {
        return status == Status.OPEN && now.isAfter(dueAt);
    }

    /** The same request with the name of the staff member who decided it. */
    public PrivacyRequest decidedBy(String name) {
        return new PrivacyRequest(id, memberNumber, kind, field, proposedValue, reason, status, filedAt, dueAt,
                decidedAt, name, decisionNote);
    }

    /** Hours left before the deadline (negative once overdue), for the queue. */
    public long hoursLeft(Instant now) {
        return Duration.between(now, dueAt).toHours();
    }
}

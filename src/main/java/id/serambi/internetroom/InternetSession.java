package id.serambi.internetroom;

import java.time.Duration;
import java.time.Instant;

/** A member's time at a workstation. */
public record InternetSession(long id, long workstationId, String workstationName, String memberNumber,
        Instant startedAt, Instant endsAt, Instant endedAt, SessionStatus status, Instant tidiedAt) {

    /** Whole minutes left at {@code now} (0 once the time is up). */
    public long remainingMinutes(Instant now) {
        return Math.max(0, (Duration.between(now, endsAt).toSeconds() + 59) / 60);
    }
}

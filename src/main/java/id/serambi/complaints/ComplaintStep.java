package id.serambi.complaints;

import java.time.Instant;

/** One step of a complaint's timeline: the status reached, when, by whom (null: the public) and a staff note. */
public record ComplaintStep(ComplaintStatus status, Instant at, Long staffAccountId, String note) {
}

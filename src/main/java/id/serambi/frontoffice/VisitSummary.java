package id.serambi.frontoffice;

import java.time.Instant;

/** A line of the live guest-book panel. */
public record VisitSummary(long id, Instant visitedAt, VisitorType visitorType, String memberNumber, String name,
        String purpose, int people, String location, String cardWarning) {
}

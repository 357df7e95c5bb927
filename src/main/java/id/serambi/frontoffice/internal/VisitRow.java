package id.serambi.frontoffice.internal;

import java.time.Instant;
import java.time.LocalDate;

import id.serambi.frontoffice.VisitorType;

/** A visit as written to the guest book. */
public record VisitRow(Instant visitedAt, LocalDate visitedOn, VisitorType type, String memberNumber,
        String purpose, int people, String location, String name, String categoryCode, String cardWarning,
        String sex, String occupation, String education, String institution, String address, String groupName,
        String leader, String contact, Integer male, Integer female, Long staffAccountId) {
}

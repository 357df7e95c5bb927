package id.serambi.privacy.web;

import java.time.Instant;

import id.serambi.privacy.PrivacyRequest;

/** A request as staff see it in the API, with whether its 3×24-hour deadline has passed. */
record RequestResponse(long id, String memberNumber, PrivacyRequest.Kind kind, String field, String proposedValue,
        String reason, PrivacyRequest.Status status, Instant filedAt, Instant dueAt, boolean overdue,
        Instant decidedAt, String decidedBy, String decisionNote) {

    static RequestResponse of(PrivacyRequest r, Instant now) {
        return new RequestResponse(r.id(), r.memberNumber(), r.kind(), r.field(), r.proposedValue(), r.reason(),
                r.status(), r.filedAt(), r.dueAt(), r.isOverdue(now), r.decidedAt(), r.decidedBy(),
                r.decisionNote());
    }
}

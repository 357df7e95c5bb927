package id.serambi.frontoffice.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import id.serambi.frontoffice.VisitReceipt;

/** The answer to {@code POST …/visits}, the same on the full way and on the quick path of card scans. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VisitResponse(long visitId, String visitorType, String memberName, int people, String visitedAt,
        Boolean duplicate, String warning, String warningMessage) {

    static VisitResponse of(VisitReceipt receipt, String warningMessage) {
        return new VisitResponse(receipt.visitId(), receipt.visitorType().name(), receipt.memberName(),
                receipt.people(), receipt.visitedAt().toString(), receipt.duplicate() ? Boolean.TRUE : null,
                receipt.warningCode(), warningMessage);
    }

    /** 201 for a new visit, 200 for a repeat within the library's window (nothing written). */
    @JsonIgnore
    int status() {
        return Boolean.TRUE.equals(duplicate) ? 200 : 201;
    }
}

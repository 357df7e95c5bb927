package id.serambi.surveys.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.serambi.surveys.Grade;
import id.serambi.surveys.HeldOut;
import id.serambi.surveys.IkmReport;
import io.swagger.v3.oas.annotations.media.Schema;

/** The IKM of a period as the API answers it. */
record IkmResponse(LocalDate from, LocalDate to, String service, int respondents, List<Element> elements,
        BigDecimal ikm, Grade grade,
        @Schema(description = "Weight per element used for ikm: exactly 1/9, so that all answers 4 give 100.00")
        String weight,
        @Schema(description = "The same index with the regulation's printed, rounded weight 0.11 (all 4 give 99.00)")
        BigDecimal ikmPrintedWeight,
        @Schema(description = "Questionnaires of the period left out of the index: flagged as possible ballot "
                + "stuffing and waiting for a review, and excluded by one")
        HeldOut heldOut) {

    /** One element: its code U1..U9, NRR (mean answer) and NRR × 1/9. */
    record Element(String code, BigDecimal nrr, BigDecimal weighted) {
    }

    static IkmResponse of(LocalDate from, LocalDate to, String service, IkmReport report, HeldOut heldOut) {
        List<Element> elements = report.elements().stream()
                .map(e -> new Element(e.element().name(), e.nrr(), e.weighted())).toList();
        return new IkmResponse(from, to, service, report.respondents(), elements, report.ikm(), report.grade(),
                IkmReport.WEIGHT, report.ikmPrintedWeight(), heldOut);
    }
}

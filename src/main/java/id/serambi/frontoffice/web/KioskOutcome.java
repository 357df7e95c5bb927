package id.serambi.frontoffice.web;

import java.util.List;

import id.serambi.frontoffice.VisitReceipt;
import id.serambi.libraries.Library;

/**
 * What the kiosk shows after an entry.
 *
 * @param kind ok, duplicate, warning, unknown, expired, blocked or invalid (also the colour)
 * @param photoUrl where membership serves the member's photo; the page hides the image when there is none
 */
record KioskOutcome(String kind, String name, String photoUrl, List<String> messages) {

    static KioskOutcome recorded(Library library, VisitReceipt receipt, String warning) {
        String kind = warning != null ? "warning" : receipt.duplicate() ? "duplicate" : "ok";
        String photo = receipt.memberNumber() == null ? null
                : "/app/" + library.code() + "/members/" + receipt.memberNumber() + "/photo";
        return new KioskOutcome(kind, receipt.memberName(), photo, warning == null ? List.of() : List.of(warning));
    }

    static KioskOutcome refused(String code, String name, String message) {
        String kind = switch (code) {
            case "UNKNOWN_CARD" -> "unknown";
            case "CARD_EXPIRED" -> "expired";
            default -> "blocked";
        };
        return new KioskOutcome(kind, name, null, List.of(message));
    }

    static KioskOutcome invalid(List<String> messages) {
        return new KioskOutcome("invalid", null, null, messages);
    }
}

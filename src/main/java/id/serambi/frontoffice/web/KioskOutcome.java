package id.serambi.frontoffice.web;

import java.util.List;

import id.serambi.frontoffice.CardRefusedException;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.libraries.Library;
import id.serambi.shared.Messages;

/**
 * What the kiosk shows after an entry.
 *
 * @param kind ok, duplicate, warning, unknown, expired or invalid (also the colour); "unknown" is also a blocked,
 *     replaced or not yet approved card: the kiosk faces the public, so it shows those alike and never the holder's
 *     name (the desk's guest book still tells them apart)
 * @param photoUrl where membership serves the member's photo; the page hides the image when there is none
 */
record KioskOutcome(String kind, String name, String photoUrl, List<String> messages) {

    static KioskOutcome recorded(Library library, VisitReceipt receipt, String warning) {
        String kind = warning != null ? "warning" : receipt.duplicate() ? "duplicate" : "ok";
        String photo = receipt.memberNumber() == null ? null
                : "/app/" + library.code() + "/members/" + receipt.memberNumber() + "/photo";
        return new KioskOutcome(kind, receipt.memberName(), photo, warning == null ? List.of() : List.of(warning));
    }

    static KioskOutcome refused(String code, String scanned, Messages messages) {
        String number = scanned == null ? "" : scanned.strip();
        if (CardRefusedException.EXPIRED.equals(code)) {
            return new KioskOutcome("expired", null, null, List.of(messages.get("frontoffice.kiosk.expiredCard",
                    number)));
        }
        return new KioskOutcome("unknown", null, null, List.of(messages.get("frontoffice.kiosk.refusedCard", number)));
    }

    static KioskOutcome invalid(List<String> messages) {
        return new KioskOutcome("invalid", null, null, messages);
    }
}

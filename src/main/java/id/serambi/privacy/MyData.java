package id.serambi.privacy;

import java.time.Instant;
import java.util.List;

import id.serambi.cards.CardHistory;
import id.serambi.internetroom.InternetUsageOfMember;
import id.serambi.membership.PersonalData;

/**
 * Everything Serambi holds about one member and what was done with it, as shown to the member and downloaded as
 * JSON (UU PDP): the NIK only masked, the mother's maiden name never.
 */
public record MyData(Instant exportedAt, String library, PersonalData membership, long visits,
        List<InternetUsageOfMember.Line> internetSessions, List<CardHistory.Event> cardHistory,
        List<PrivacyRequest> requests, List<Action> privacyActions) {

    /** One thing done with the member's data through the privacy module. */
    public record Action(String memberNumber, String action, String detail, String staffName, Instant at) {
    }
}

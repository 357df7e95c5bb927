package id.serambi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;

/** Members made through membership's own API, as the desk would: registered, and approved when asked. */
final class CardApiFixtures {

    private CardApiFixtures() {
    }

    static String aPendingMember(Api staff, String library, String district) {
        Map<String, Object> application = MemberFixtures.anApplication(district);
        Api.Response created = staff.post("/api/v1/libraries/" + library + "/members", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("memberNumber").asString();
    }

    static String anApprovedMember(Api staff, String library, String district) {
        String number = aPendingMember(staff, library, district);
        Api.Response approved = staff.post("/api/v1/libraries/" + library + "/members/" + number + "/verification",
                Map.of("decision", "APPROVE", "note", "lengkap"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        return number;
    }
}

package id.serambi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;

/** Members made through membership's own API, as the desk would: registered, and approved when asked. */
final class CardApiFixtures {

    private CardApiFixtures() {
    }

    /** The last one-time code the log-only SMS gateway (or the log-only mailer) wrote. */
    static String lastCodeIn(CapturedOutput output) {
        Matcher matcher = Pattern.compile("Kode verifikasi [^:]+: (\\d{6})\\.").matcher(output.getOut());
        String code = null;
        while (matcher.find()) {
            code = matcher.group(1);
        }
        assertThat(code).as("a code in the log").isNotNull();
        return code;
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

package id.serambi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

import id.serambi.membership.MemberFixtures;
import id.serambi.shared.mail.UndeliveredMessages;
import id.serambi.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Members made through membership's API, one-time codes read from the log, and the member's token API. */
final class PrivacyFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PrivacyFixtures() {
    }

    /** An approved member of lebak with a phone and an e-mail. */
    record Member(String number, String fullName, String phoneE164, Map<String, Object> application) {
    }

    static String aPendingMember(Api staff) {
        Api.Response created = staff.post("/api/v1/libraries/lebak/members",
                MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("memberNumber").asString();
    }

    static Member anApprovedMember(Api staff) {
        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT);
        Api.Response created = staff.post("/api/v1/libraries/lebak/members", application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        Api.Response approved = staff.post("/api/v1/libraries/lebak/members/" + number + "/verification",
                Map.of("decision", "APPROVE", "note", "lengkap"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        String phone = (String) application.get("phone");
        return new Member(number, (String) application.get("fullName"), "+62" + phone.substring(1), application);
    }

    /** The newest one-time code the log-only SMS gateway wrote to this phone (logged masked: ****1234). */
    static String lastCodeFor(CapturedOutput output, String phoneE164) {
        Matcher matcher = Pattern.compile("to " + Pattern.quote(UndeliveredMessages.mask(phoneE164))
                + ": Kode verifikasi [^:]+: (\\d{6})\\.")
                .matcher(output.getOut());
        String code = null;
        while (matcher.find()) {
            code = matcher.group(1);
        }
        assertThat(code).as("a code for %s in the log", phoneE164).isNotNull();
        return code;
    }

    /** Signs the member in through the API and answers the token. */
    static String signIn(Api anonymous, CapturedOutput output, Member member) {
        Api.Response sent = anonymous.post("/api/v1/libraries/lebak/my-data/code",
                Map.of("memberNumber", member.number(), "channel", "SMS"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        Api.Response token = anonymous.post("/api/v1/libraries/lebak/my-data/token",
                Map.of("memberNumber", member.number(), "code", lastCodeFor(output, member.phoneE164())));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        return token.json().get("token").asString();
    }

    /** A call with the member's token (the shared Api helper sends no custom headers). */
    static Reply asMember(int port, String token, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json");
            if (token != null) {
                request.header("X-Member-Token", token);
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status and its JSON body. */
    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}

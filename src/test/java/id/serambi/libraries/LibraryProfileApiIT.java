package id.serambi.libraries;

import static id.serambi.libraries.StandardFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.serambi.accounts.AccountService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class LibraryProfileApiIT {

    static final String PROFILE = "/api/v1/libraries/banyuwangi/profile";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    @Test
    void aKabidChangesTheWebsiteAndEveryoneSeesIt() {
        JsonNode original = Api.on(port).get(PROFILE).json();
        String kabid = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.KABID);
        Map<String, Object> changed = profile(original, "timezone", "Asia/Jakarta");
        changed.put("website", "https://perpustakaan.banyuwangikab.go.id");
        try {
            Api.Response saved = put(Api.on(port).as(kabid, TestUsers.PASSWORD), PROFILE, changed);

            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(Api.on(port).get(PROFILE).json().get("website").asString())
                    .isEqualTo("https://perpustakaan.banyuwangikab.go.id");
        } finally {
            assertThat(put(Api.on(port).asAdmin(), PROFILE, original).status()).isEqualTo(200);
        }
        assertThat(Api.on(port).get(PROFILE).json()).isEqualTo(original);
    }

    @Test
    void aTimeZoneOutsideIndonesiaIsRefusedAndAPetugasMayNotChangeTheProfile() {
        JsonNode original = Api.on(port).get(PROFILE).json();
        String petugas = StaffFixtures.aStaffMember(accounts, libraries, "banyuwangi", Role.PETUGAS);

        Api.Response refused = put(Api.on(port).asAdmin().in("en"), PROFILE,
                profile(original, "timezone", "Europe/Paris"));
        Api.Response forbidden = put(Api.on(port).as(petugas, TestUsers.PASSWORD), PROFILE, original);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("timezone");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("Asia/Makassar");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(Api.on(port).get(PROFILE).json()).isEqualTo(original);
    }

    private static Map<String, Object> profile(JsonNode original, String field, String value) {
        Map<String, Object> profile = new LinkedHashMap<>();
        original.properties().forEach(entry -> profile.put(entry.getKey(),
                entry.getValue().isNull() ? null : entry.getValue().asString()));
        profile.put(field, value);
        return profile;
    }
}

package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.membership.MemberFixtures;
import id.serambi.shared.DataDirectory;
import id.serambi.shared.database.DatabaseProperties;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.TestUsers;

/** Issue 33: the database keeps its data key's fingerprint and a start with another key is refused. */
@IntegrationTest
class DataKeyCheckIT {

    static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Autowired
    DataCipher cipher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @LocalServerPort
    int port;

    @TempDir
    Path otherDataDirectory;

    @Test
    void theStartRecordedTheKeysFingerprintAndAnotherKeyIsRefused() {
        assertThat(jdbc.queryForList("select fingerprint from member_data_key", String.class))
                .containsExactly(cipher.fingerprint());
        assertThatThrownBy(() -> check(otherCipher()))
                .hasMessageContaining("Refusing to start: the data key")
                .hasMessageContaining("its fingerprint differs from the one this database recorded")
                .hasMessageContaining("Set SERAMBI_DATA_KEY to this database's key");
        check(cipher);
    }

    /** A database from before the fingerprint: the first start records it only if its key reads the stored NIKs. */
    @Test
    void aDatabaseWithNiksButNoFingerprintTakesOnlyTheKeyThatReadsThem() {
        Api.Response registered = Api.on(port).as(TestUsers.ADMIN, TestUsers.PASSWORD)
                .post("/api/v1/libraries/lebak/members", MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from member_data_key");
            assertThatThrownBy(() -> check(otherCipher()))
                    .hasMessageContaining("it cannot read the NIKs already stored in this database");
            assertThat(jdbc.queryForList("select fingerprint from member_data_key", String.class)).isEmpty();
            check(cipher);
            assertThat(jdbc.queryForList("select fingerprint from member_data_key", String.class))
                    .containsExactly(cipher.fingerprint());
            status.setRollbackOnly();
        });
    }

    @Test
    void aServerDatabaseNeverGetsAGeneratedKey() {
        DataDirectory empty = new DataDirectory(otherDataDirectory);
        DatabaseProperties server = new DatabaseProperties("jdbc:postgresql://db/serambi", "u", "p", 1, false);
        assertThatThrownBy(() -> new DataCipher("", empty, server))
                .hasMessageContaining("SERAMBI_DB_URL is set but SERAMBI_DATA_KEY is not");
        assertThat(otherDataDirectory.resolve("keys").resolve("data.key")).doesNotExist();
        assertThat(new DataCipher(OTHER_KEY, empty, server).fingerprint()).isEqualTo(otherCipher().fingerprint());
    }

    private DataCipher otherCipher() {
        return new DataCipher(OTHER_KEY, new DataDirectory(otherDataDirectory),
                new DatabaseProperties(null, null, null, null, false));
    }

    private void check(DataCipher key) {
        new DataKeyCheck(key, jdbc).afterSingletonsInstantiated();
    }
}

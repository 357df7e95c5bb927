package id.serambi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;

/**
 * Issue 33: a second server on the same database, as a redeployment or a second machine would be, must not work with a
 * data key of its own: with a different key it is refused (its blind indexes would accept a NIK already registered
 * again, and it could not read the stored NIKs), and without a key it does not make one up for a server database.
 */
class DataKeyIT {

    static final String KEY = Base64.getEncoder().encodeToString("serambi-data-key-of-the-database!".substring(0, 32)
            .getBytes());
    static final String ANOTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path work;

    @Test
    void aSecondServerOnTheDatabaseIsRefusedWithAnotherKeyOrWithoutOne() throws Exception {
        Path logs = Files.createDirectories(Path.of("target", "data-key"));
        Path data = work.resolve("data");
        ServerProcess first = ServerProcess.start(data, logs.resolve("first.log"), Map.of("SERAMBI_DATA_KEY", KEY));
        ServerProcess keyless = null;
        ServerProcess otherKey = null;
        try {
            first.awaitReady(Duration.ofSeconds(150));
            Api.Response registered = Api.on(first.port).as("admin", ServerProcess.ADMIN_PASSWORD)
                    .post("/api/v1/libraries/lebak/members", MemberFixtures.anApplication(MemberFixtures.LEBAK_DISTRICT));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

            Map<String, String> sameDatabase = Map.of("SERAMBI_DB_URL", "jdbc:postgresql://localhost:"
                    + ServerProcess.databasePort(data) + "/serambi", "SERAMBI_DB_USER", "postgres");
            Path keylessData = work.resolve("keyless");
            keyless = ServerProcess.start(keylessData, logs.resolve("keyless.log"), sameDatabase);
            Map<String, String> withAnotherKey = new HashMap<>(sameDatabase);
            withAnotherKey.put("SERAMBI_DATA_KEY", ANOTHER_KEY);
            otherKey = ServerProcess.start(work.resolve("other"), logs.resolve("other-key.log"), withAnotherKey);

            assertThat(keyless.awaitRefusal(Duration.ofSeconds(200)))
                    .contains("SERAMBI_DB_URL is set but SERAMBI_DATA_KEY is not")
                    .contains("No key is generated for a server database");
            assertThat(keylessData.resolve("keys").resolve("data.key")).doesNotExist();
            assertThat(otherKey.awaitRefusal(Duration.ofSeconds(200)))
                    .contains("Refusing to start: the data key")
                    .contains("Set SERAMBI_DATA_KEY to this database's key");
        } finally {
            first.stop(data);
            for (ServerProcess refused : new ServerProcess[] { keyless, otherKey }) {
                if (refused != null) {
                    refused.stop(work);
                }
            }
        }
    }
}

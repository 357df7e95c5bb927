package id.serambi.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.serambi.support.Api;

/**
 * The sign-in limits as configured in production (the integration tests' shared server runs with a limit of a
 * million): the packaged application started with {@code SERAMBI_RATE_LIMIT_LOGIN=10}, and with a weak
 * {@code SERAMBI_ADMIN_PASSWORD}.
 */
class SignInLimitsProcessIT {

    @TempDir
    Path temp;

    @Test
    void wrongBasicPasswordsUseUpTheAddresssSignInAllowanceWhileOthersStillSignIn() throws Exception {
        Path data = temp.resolve("data");
        ServerProcess server = ServerProcess.start(data, temp.resolve("server.log"), List.of(ServerProcess.java(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", ServerProcess.JAR.toAbsolutePath().toString()),
                Map.of("SERAMBI_RATE_LIMIT_LOGIN", "10"));
        try {
            server.awaitReady(Duration.ofMinutes(3));
            int refused = 0;
            Api.Response last = null;
            for (int i = 0; i < 40; i++) {
                last = Api.on(server.port).as("nama-" + i, "tebakan-" + i).get("/api/v1/libraries");
                assertThat(last.status()).as("attempt %d", i).isEqualTo(i < 10 ? 401 : 429);
                refused += last.status() == 429 ? 1 : 0;
            }
            assertThat(refused).isEqualTo(30);
            assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 60L);
            assertThat(last.json().get("code").asString()).isEqualTo("RATE_LIMITED");

            Api.Response elsewhere = Api.on(server.port).with("X-Forwarded-For", "10.44.0.1")
                    .as("admin", ServerProcess.ADMIN_PASSWORD).get("/api/v1/libraries/lebak/staff");
            assertThat(elsewhere.status()).as("the administrator from another address").isEqualTo(200);
        } finally {
            server.stop(data);
        }
    }

    @Test
    void aWeakAdministratorPasswordStopsTheFirstStartWithTheReason() throws Exception {
        Path data = temp.resolve("weak");
        Path log = temp.resolve("weak.log");
        ServerProcess server = ServerProcess.start(data, log, List.of(ServerProcess.java(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", ServerProcess.JAR.toAbsolutePath().toString()),
                Map.of("SERAMBI_ADMIN_PASSWORD", "password12"));
        try {
            assertThatThrownBy(() -> server.awaitReady(Duration.ofMinutes(3)))
                    .hasMessageContaining("The server died while starting");
            assertThat(Files.readString(log)).contains("SERAMBI_ADMIN_PASSWORD is refused")
                    .contains("one of the most common passwords");
        } finally {
            server.stop(data);
        }
    }
}

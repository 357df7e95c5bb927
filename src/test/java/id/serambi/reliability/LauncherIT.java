package id.serambi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.serambi.membership.MemberFixtures;
import id.serambi.support.Api;
import id.serambi.support.Eventually;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * {@code bin/serambi}, the production launcher: {@code prepare} unpacks the jar and makes one training run whose
 * class cache every later start loads; the training run starts completely and stops its own database; a start then
 * serves with the cache, without training again. The launcher runs the jar with Spring's build-time processing
 * ({@code spring.aot.enabled}), where bean conditions were settled when the jar was built: the started server is used
 * for real (a page, the staff API, an online registration whose e-mail goes to the SMTP server of
 * {@code SPRING_MAIL_HOST}, set only at run time).
 */
class LauncherIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Path LAUNCHER = Path.of("bin", "serambi").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void preparesTheClassCacheOnceThenStartsWithIt() throws Exception {
        Path jar = temp.resolve("serambi.jar");
        Files.copy(ServerProcess.JAR, jar);
        Path cache = temp.resolve("serambi-jvm");

        Process prepare = launcher(jar, List.of("prepare")).redirectErrorStream(true)
                .redirectOutput(temp.resolve("prepare.log").toFile()).start();
        assertThat(prepare.waitFor(5, TimeUnit.MINUTES)).as("prepare finishes").isTrue();
        assertThat(prepare.exitValue()).as(Files.readString(temp.resolve("prepare.log"))).isZero();

        String training = Files.readString(cache.resolve("training.log"));
        assertThat(training).contains("Training run: started, shutting down")
                .contains("Embedded PostgreSQL stopped cleanly");
        assertThat(cache.resolve("stamp")).exists();
        assertThat(cache.resolve("app").resolve("serambi.jar")).exists();
        boolean aot = Runtime.version().feature() >= 25;
        Path classCache = cache.resolve(aot ? "serambi.aot" : "serambi.jsa");
        assertThat(classCache).exists();
        assertThat(Files.size(classCache)).isGreaterThan(1_000_000);

        Path data = temp.resolve("data");
        Path log = temp.resolve("server.log");
        ServerProcess server = ServerProcess.start(data, log, List.of(LAUNCHER.toString()),
                Map.of("SERAMBI_JAR", jar.toString(), "JAVA_HOME", javaHome(), "SPRING_MAIL_HOST", "localhost",
                        "SPRING_MAIL_PORT", String.valueOf(SMTP.getSmtp().getPort())));
        try {
            server.awaitReady(Duration.ofMinutes(3));
            assertThat(server.commandLine())
                    .contains((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + classCache)
                    .contains("-Dspring.aot.enabled=true")
                    .contains("-Xmx384m")
                    .contains(cache.resolve("app").resolve("serambi.jar").toString());
            assertThat(Files.readString(log)).doesNotContain("preparing the class cache")
                    .contains("Starting AOT-processed SerambiApplication");
            servesForReal(server);
        } finally {
            server.stop(data);
        }
        assertThat(ServerProcess.postmaster(data)).isEmpty();
    }

    @Test
    void capsTheHeapAt384MegabytesUnlessTheOptionsSizeIt() throws Exception {
        assertThat(maxHeap("-XshowSettings:vm -version")).isEqualTo("384.00M");
        assertThat(maxHeap("-Xmx300m -XshowSettings:vm -version")).isEqualTo("300.00M");
        assertThat(maxHeap("-XX:MaxRAMPercentage=10 -XshowSettings:vm -version")).isNotEqualTo("384.00M");
    }

    /** The JVM's largest heap as bin/serambi starts it with these options (which print it and exit). */
    private String maxHeap(String options) throws Exception {
        Path jar = temp.resolve("serambi.jar");
        Files.write(jar, new byte[0]);
        ProcessBuilder builder = launcher(jar, List.of()).redirectErrorStream(true);
        builder.environment().put("SERAMBI_JVM_CACHE", "off");
        builder.environment().put("SERAMBI_JAVA_OPTS", options);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().filter(line -> line.contains("Max. Heap Size")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElseThrow(() -> new AssertionError(output));
    }

    private static void servesForReal(ServerProcess server) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url("/login"))).header("Accept-Language", "id").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form").contains("password");

        Api staff = Api.on(server.port).as("admin", ServerProcess.ADMIN_PASSWORD);
        Api.Response libraries = staff.get("/api/v1/libraries");
        assertThat(libraries.status()).as(libraries.toString()).isEqualTo(200);
        assertThat(libraries.text()).contains("sidoarjo").contains("lebak");

        Map<String, Object> application = MemberFixtures.anApplication(MemberFixtures.SIDOARJO_DISTRICT);
        Api.Response created = Api.on(server.port).in("en").post("/api/v1/libraries/sidoarjo/registrations",
                application);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().get("memberNumber").asString();
        Eventually.holds(() -> assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(LauncherIT::subject))
                .anySatisfy(subject -> assertThat(subject).contains(number)));
        Api.Response invalid = Api.on(server.port).in("en").post("/api/v1/libraries/sidoarjo/registrations",
                MemberFixtures.with(application, "nik", "12"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("nik");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder launcher(Path jar, List<String> arguments) throws IOException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(LAUNCHER.toString());
        builder.command().addAll(arguments);
        builder.environment().put("SERAMBI_JAR", jar.toString());
        builder.environment().put("JAVA_HOME", javaHome());
        builder.environment().remove("SERAMBI_DB_URL");
        return builder;
    }

    static String javaHome() {
        return Path.of(ServerProcess.java()).toAbsolutePath().getParent().getParent().toString();
    }
}

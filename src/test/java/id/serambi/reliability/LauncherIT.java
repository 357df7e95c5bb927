package id.serambi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/serambi}, the production launcher: {@code prepare} unpacks the jar and makes one training run whose
 * class cache every later start loads; the training run starts completely and stops its own database; a start then
 * serves with the cache, without training again.
 */
class LauncherIT {

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
                Map.of("SERAMBI_JAR", jar.toString(), "JAVA_HOME", javaHome()));
        try {
            server.awaitReady(Duration.ofMinutes(3));
            assertThat(server.commandLine())
                    .contains((aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + classCache)
                    .contains(cache.resolve("app").resolve("serambi.jar").toString());
            assertThat(Files.readString(log)).doesNotContain("preparing the class cache");
        } finally {
            server.stop(data);
        }
        assertThat(ServerProcess.postmaster(data)).isEmpty();
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

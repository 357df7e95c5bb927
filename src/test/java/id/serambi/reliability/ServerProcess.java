package id.serambi.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import id.serambi.shared.database.PostmasterPidFile;

/**
 * The packaged application ({@code target/serambi.jar}) running as a separate process on a data directory, with its
 * embedded PostgreSQL in durable mode (fsync on) as in production.
 */
final class ServerProcess {

    static final Path JAR = Path.of("target", "serambi.jar");
    static final String ADMIN_PASSWORD = "rahasia-crash-123";

    final int port;
    final Path log;
    private final Process process;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerProcess start(Path dataDirectory, Path log) throws IOException {
        return start(dataDirectory, log, Map.of());
    }

    static ServerProcess start(Path dataDirectory, Path log, Map<String, String> environment) throws IOException {
        return start(dataDirectory, log, List.of(java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toAbsolutePath().toString()), environment);
    }

    /** The Java this test runs on. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static ServerProcess start(Path dataDirectory, Path log, List<String> command,
            Map<String, String> environment) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SERAMBI_DATA_DIR", dataDirectory.toString());
        builder.environment().put("SERAMBI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("SERAMBI_RATE_LIMIT_PUBLIC", "1000000");
        builder.environment().put("SERAMBI_RATE_LIMIT_LOGIN", "1000000");
        builder.environment().put("SERAMBI_DB_POOL_SIZE", "10");
        builder.environment().remove("SERAMBI_DB_URL");
        builder.environment().remove("SERAMBI_DATA_KEY");
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new ServerProcess(builder.start(), port, log);
    }

    /** Waits until {@code /actuator/health} answers 200; fails with the end of the log when the process dies. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server died while starting:\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not become ready in " + timeout + ":\n" + tail());
    }

    /** Waits for a server that refuses to start to end; returns its log. */
    String awaitRefusal(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The server did not end in " + timeout + ":\n" + tail());
        }
        if (process.exitValue() == 0) {
            throw new IllegalStateException("The server ended without an error:\n" + tail());
        }
        return Files.readString(log);
    }

    /** The command line the server process runs (after a launcher script has replaced itself with the JVM). */
    List<String> commandLine() {
        ProcessHandle.Info info = process.toHandle().info();
        List<String> line = new ArrayList<>();
        info.command().ifPresent(line::add);
        info.arguments().ifPresent(arguments -> line.addAll(List.of(arguments)));
        return line;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Kills the application and its embedded PostgreSQL with SIGKILL at once, as a power cut would: no shutdown hook,
     * no clean database stop. Returns the application's exit status (137 = 128 + SIGKILL).
     */
    int killHard(Path dataDirectory) throws InterruptedException, IOException {
        List<ProcessHandle> database = postmaster(dataDirectory).map(pm -> {
            List<ProcessHandle> all = new ArrayList<>(pm.descendants().toList());
            all.addFirst(pm);
            return all;
        }).orElse(List.of());
        process.destroyForcibly();
        database.forEach(ProcessHandle::destroyForcibly);
        int status = process.waitFor();
        for (ProcessHandle handle : database) {
            handle.onExit().join();
        }
        return status;
    }

    /** Stops the application cleanly (SIGTERM: graceful shutdown, database stopped), or forcibly after a minute. */
    void stop(Path dataDirectory) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            killHard(dataDirectory);
        }
        Optional<ProcessHandle> left = postmaster(dataDirectory);
        if (left.isPresent()) {
            left.get().destroyForcibly();
            left.get().onExit().join();
        }
    }

    /**
     * Kills the application alone with SIGKILL, as the kernel's out-of-memory killer or {@code kill -9} would: its
     * embedded PostgreSQL, a process of its own, keeps running. Returns the application's exit status.
     */
    int killJavaOnly() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /**
     * The embedded PostgreSQL's main process, from the first line of its lock file, if that process really is the
     * PostgreSQL server of this directory: the id in a stale file may belong to any process, which a test must not kill.
     */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path directory = dataDirectory.resolve("postgres");
        return PostmasterPidFile.read(directory).flatMap(file -> file.liveServerOf(directory));
    }

    /** The embedded PostgreSQL's port, from the fourth line of its lock file. */
    static int databasePort(Path dataDirectory) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid"))
                .get(3).strip());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

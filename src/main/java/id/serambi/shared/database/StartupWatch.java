package id.serambi.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Waits for the embedded PostgreSQL as long as its server process runs. After a power cut the server first replays its
 * write-ahead log, which can take minutes; zonky gives up after a fixed time and leaves the server running. So zonky
 * is told to wait a day, on a thread of its own, and this watch says in the log how the start goes and gives up only
 * when no server (and no initdb or pg_ctl starting one) is left once one was launched, or another server holds the
 * directory. Zonky's wait
 * ends when its thread is interrupted; whatever it started is then stopped.
 */
final class StartupWatch {

    private static final Logger log = LoggerFactory.getLogger(StartupWatch.class);
    private static final Set<String> STARTING_PROGRAMS = Set.of("initdb", "pg_ctl", "postgres");
    static final Duration CHECK = Duration.ofSeconds(2);
    static final Duration REPORT = Duration.ofSeconds(10);
    /** Before initdb or pg_ctl runs, zonky may still be unpacking its binaries. */
    static final Duration FIRST_SIGN = Duration.ofMinutes(2);

    private final Path directory;
    private final int port;
    private final long began = System.nanoTime();
    private final Instant launchedAt = Instant.now();
    private boolean seen;
    private int quietChecks;
    private long reported;

    private StartupWatch(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    static EmbeddedPostgres launch(EmbeddedPostgres.Builder builder, Path directory, int port) throws IOException {
        CompletableFuture<EmbeddedPostgres> launched = new CompletableFuture<>();
        Thread launcher = Thread.ofPlatform().name("serambi-database-launch").daemon().start(() -> {
            try {
                launched.complete(builder.start());
            } catch (Throwable failed) {
                launched.completeExceptionally(failed);
            }
        });
        StartupWatch watch = new StartupWatch(directory, port);
        while (true) {
            try {
                return launched.get(CHECK.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillStarting) {
                Optional<String> failure = watch.failure();
                if (failure.isPresent()) {
                    launcher.interrupt();
                    throw watch.giveUp(launched, failure.get());
                }
            } catch (ExecutionException failed) {
                LeftoverPostmaster.stopIfRunning(directory);
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                launcher.interrupt();
                throw watch.giveUp(launched, "the start was interrupted");
            }
        }
    }

    /** Why the start cannot succeed any more, or empty while it still can. */
    private Optional<String> failure() {
        Optional<PostmasterPidFile> file = PostmasterPidFile.read(directory);
        Optional<ProcessHandle> server = file.flatMap(f -> f.liveServerOf(directory));
        if (server.isPresent()) {
            seen = true;
            quietChecks = 0;
            if (file.get().port() != 0 && file.get().port() != port) {
                return Optional.of("another PostgreSQL server (pid " + server.get().pid() + ", port "
                        + file.get().port() + ") runs in this directory");
            }
            report(server.get(), file.get().status());
            return Optional.empty();
        }
        if (startingProgramRuns()) {
            seen = true;
            quietChecks = 0;
        } else {
            seen |= zonkyLaunchedTheServer();
            quietChecks++;
        }
        boolean waitedForFirstSign = seen || System.nanoTime() - began > FIRST_SIGN.toNanos();
        return quietChecks >= 3 && waitedForFirstSign
                ? Optional.of("the PostgreSQL server stopped while starting (its messages are logged by "
                        + "io.zonky.test.db.postgres.embedded at INFO)")
                : Optional.empty();
    }

    /** Zonky opens (and so truncates) its owner lock just before pg_ctl starts the server, which may die at once. */
    private boolean zonkyLaunchedTheServer() {
        try {
            return Files.getLastModifiedTime(directory.resolve(LeftoverPostmaster.OWNER_LOCK)).toInstant()
                    .isAfter(launchedAt.minusSeconds(1));
        } catch (IOException notYet) {
            return false;
        }
    }

    private static boolean startingProgramRuns() {
        return ProcessHandle.current().descendants().anyMatch(process -> process.info().command()
                .map(command -> STARTING_PROGRAMS.contains(Path.of(command).getFileName().toString()))
                .orElse(false));
    }

    private void report(ProcessHandle server, String status) {
        long now = System.nanoTime();
        if (now - began < REPORT.toNanos() || now - reported < REPORT.toNanos()) {
            return;
        }
        reported = now;
        log.warn("Embedded PostgreSQL (pid {}) in {} still starting after {} s (status '{}'). After an unclean stop "
                + "it first replays its write-ahead log, longer the more was written since its last checkpoint; "
                + "waiting as long as it runs.", server.pid(), directory,
                TimeUnit.NANOSECONDS.toSeconds(now - began), status.isBlank() ? "starting" : status);
    }

    private IllegalStateException giveUp(CompletableFuture<EmbeddedPostgres> launched, String why) {
        try {
            launched.get(1, TimeUnit.MINUTES).close();
        } catch (ExecutionException | TimeoutException | IOException | RuntimeException nothingToClose) {
            // stopped below, if anything runs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LeftoverPostmaster.stopIfRunning(directory);
        return new IllegalStateException("The embedded PostgreSQL in " + directory + " did not start: " + why);
    }
}

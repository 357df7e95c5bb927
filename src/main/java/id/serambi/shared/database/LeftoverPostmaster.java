package id.serambi.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed Serambi leaves in the embedded database's directory. The PostgreSQL server outlives a Java process
 * killed alone (SIGKILL, the OOM killer): it keeps the directory and its lock file, and a new server there could never
 * start. A power cut instead leaves a lock file whose process id is gone, or after a reboot belongs to any other
 * process. Before a start the first is shut down, the second removed; a lock file whose process cannot be identified
 * is left alone and the start refused, since two servers on one directory would corrupt it.
 */
final class LeftoverPostmaster {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

    /** Zonky's lock file: held by the Serambi whose embedded server runs in the directory, released when it dies. */
    static final String OWNER_LOCK = "epg-lock";
    static final Duration FAST_SHUTDOWN = Duration.ofMinutes(3);
    static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(30);

    private LeftoverPostmaster() {
    }

    /** Before a start: stops a server whose Serambi is gone and removes a stale lock file. */
    static void clear(Path directory) {
        if (!Files.exists(directory.resolve(PostmasterPidFile.NAME))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock owner = channel.tryLock()) {
            if (owner == null) {
                throw anotherSerambi(directory);
            }
            clearOwned(directory);
        } catch (OverlappingFileLockException sameProcess) {
            throw anotherSerambi(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check the database directory " + directory, e);
        }
    }

    private static IllegalStateException anotherSerambi(Path directory) {
        return new IllegalStateException("Another Serambi is running on the embedded database in " + directory
                + ": stop it first (one data directory serves one server).");
    }

    private static void clearOwned(Path directory) throws IOException {
        Optional<PostmasterPidFile> file = PostmasterPidFile.read(directory);
        PostmasterPidFile.Identity identity = file.filter(f -> f.pid() > 0)
                .flatMap(f -> ProcessHandle.of(f.pid()).map(process -> f.identify(process, directory)))
                .orElse(PostmasterPidFile.Identity.NOT_THIS_SERVER);
        switch (identity) {
            case THIS_DIRECTORY_SERVER -> {
                ProcessHandle server = ProcessHandle.of(file.get().pid()).orElseThrow();
                log.warn("A PostgreSQL server (pid {}) left running in {} by a Serambi that was killed: shutting it "
                        + "down before starting", server.pid(), directory);
                stop(server, directory);
            }
            case UNKNOWN -> throw new IllegalStateException("The database lock file " + directory.resolve(
                    PostmasterPidFile.NAME) + " names process " + file.get().pid() + ", which is running but cannot "
                    + "be identified; stop it if it is PostgreSQL in this directory, otherwise delete the file.");
            case NOT_THIS_SERVER -> {
                log.warn("Removing the stale database lock file {} (no PostgreSQL server of this directory runs as "
                        + "process {})", directory.resolve(PostmasterPidFile.NAME), file.map(f -> "" + f.pid())
                        .orElse("?"));
                Files.deleteIfExists(directory.resolve(PostmasterPidFile.NAME));
            }
        }
    }

    /** After a start that failed: a server it launched in the directory is not left behind. */
    static void stopIfRunning(Path directory) {
        PostmasterPidFile.read(directory).flatMap(file -> file.liveServerOf(directory))
                .ifPresent(server -> stop(server, directory));
    }

    /**
     * Fast shutdown (SIGINT: open transactions roll back, a checkpoint, exit), then immediate shutdown (SIGQUIT: the
     * next start recovers from the write-ahead log) if it takes too long. Waits for the process and its lock file.
     */
    static void stop(ProcessHandle server, Path directory) {
        signal(server, "INT");
        if (!exited(server, FAST_SHUTDOWN, directory)) {
            log.warn("PostgreSQL (pid {}) did not stop in {}: immediate shutdown", server.pid(), FAST_SHUTDOWN);
            signal(server, "QUIT");
            if (!exited(server, IMMEDIATE_SHUTDOWN, directory)) {
                throw new IllegalStateException("PostgreSQL (pid " + server.pid() + ") in " + directory
                        + " does not stop; stop it and start Serambi again.");
            }
        }
        Path lockFile = directory.resolve(PostmasterPidFile.NAME);
        try {
            for (int i = 0; i < 50 && PostmasterPidFile.read(directory).filter(f -> f.pid() == server.pid())
                    .isPresent(); i++) {
                Thread.sleep(100);
            }
            if (PostmasterPidFile.read(directory).filter(f -> f.pid() == server.pid()).isPresent()) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + lockFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.warn("PostgreSQL (pid {}) in {} stopped", server.pid(), directory);
    }

    private static void signal(ProcessHandle server, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, String.valueOf(server.pid())).inheritIO().start();
            if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            // SIGTERM below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroy(); // SIGTERM: smart shutdown, enough once no client is left
    }

    private static boolean exited(ProcessHandle server, Duration patience, Path directory) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                server.onExit().get(10, TimeUnit.SECONDS);
                return true;
            } catch (TimeoutException stillRunning) {
                log.warn("Waiting for PostgreSQL (pid {}) in {} to shut down", server.pid(), directory);
            } catch (ExecutionException impossible) {
                return !server.isAlive();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !server.isAlive();
    }
}

package id.serambi.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file check before a start, with real processes: a copy of {@code sleep} named {@code postgres} stands in
 * for a server (it dies on SIGINT as the real one shuts down on it), {@code sleep} itself for a process that was given
 * a stale file's id.
 */
class LeftoverPostmasterTest {

    @TempDir
    Path temp;

    Path directory;
    Path fakePostgres;
    final List<Process> started = new ArrayList<>();

    @BeforeEach
    void fakeServerBinary() throws IOException {
        directory = Files.createDirectories(temp.resolve("data").resolve("postgres"));
        Files.writeString(directory.resolve("PG_VERSION"), "18\n");
        fakePostgres = Files.createDirectories(temp.resolve("bin")).resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), fakePostgres);
        fakePostgres.toFile().setExecutable(true);
    }

    @AfterEach
    void stopWhatWasStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void shutsDownTheServerOfThisDirectoryLeftByAKilledSerambi() throws Exception {
        Process orphan = run(fakePostgres, directory);
        lockFile(orphan.pid(), directory);

        LeftoverPostmaster.clear(directory);

        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(orphan.exitValue()).as("by SIGINT, PostgreSQL's fast shutdown").isEqualTo(128 + 2);
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void removesAStaleLockFileWhoseProcessIsGone() throws Exception {
        Process gone = run(fakePostgres, directory);
        gone.destroyForcibly().waitFor();
        lockFile(gone.pid(), directory);

        LeftoverPostmaster.clear(directory);

        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void leavesAloneAProcessThatWasGivenAStaleFilesProcessId() throws Exception {
        Process recycled = run(Path.of("/bin/sleep"), directory);
        lockFile(recycled.pid(), directory);

        LeftoverPostmaster.clear(directory);

        assertThat(recycled.isAlive()).as("not a PostgreSQL server").isTrue();
        assertThat(directory.resolve("postmaster.pid")).as("stale, would block the start").doesNotExist();
    }

    @Test
    void leavesAloneAPostgresServerOfAnotherDirectory() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("other").resolve("postgres"));
        Process other = run(fakePostgres, elsewhere);
        lockFile(other.pid(), directory);
        Process copied = run(fakePostgres, directory);
        Path copiedDirectory = Files.createDirectories(temp.resolve("copied"));
        lockFile(copied.pid(), copiedDirectory);
        Files.copy(copiedDirectory.resolve("postmaster.pid"), elsewhere.resolve("postmaster.pid"));

        LeftoverPostmaster.clear(directory);
        LeftoverPostmaster.clear(elsewhere);

        assertThat(other.isAlive()).as("runs in another directory").isTrue();
        assertThat(copied.isAlive()).as("its lock file names another directory").isTrue();
        assertThat(directory.resolve("postmaster.pid")).doesNotExist();
        assertThat(elsewhere.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void refusesToTouchTheServerOfASerambiStillRunning() throws Exception {
        Process owned = run(fakePostgres, directory);
        lockFile(owned.pid(), directory);
        try (FileChannel channel = FileChannel.open(directory.resolve(LeftoverPostmaster.OWNER_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock owner = channel.lock()) {
            assertThatThrownBy(() -> LeftoverPostmaster.clear(directory))
                    .hasMessageContaining("Another Serambi is running on the embedded database in");
        }
        assertThat(owned.isAlive()).isTrue();
        assertThat(directory.resolve("postmaster.pid")).exists();
    }

    @Test
    void readsTheLockFileLineByLine() throws Exception {
        lockFile(4242, directory);
        assertThat(PostmasterPidFile.read(directory)).contains(
                new PostmasterPidFile(4242, directory, 54321, "ready"));
        Files.writeString(directory.resolve("postmaster.pid"), "");
        assertThat(PostmasterPidFile.read(directory)).isEmpty();
        Files.delete(directory.resolve("postmaster.pid"));
        assertThat(PostmasterPidFile.read(directory)).isEmpty();
    }

    private Process run(Path program, Path workingDirectory) throws IOException {
        Process process = new ProcessBuilder(program.toString(), "60").directory(workingDirectory.toFile()).start();
        started.add(process);
        return process;
    }

    /** PostgreSQL's own layout: pid, data directory, start time, port, socket directory, address, memory key, status. */
    private static void lockFile(long pid, Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), String.join("\n", String.valueOf(pid),
                dataDirectory.toString(), "1765000000", "54321", "/tmp", "localhost", "  1234567    32768", "ready")
                + "\n");
    }
}

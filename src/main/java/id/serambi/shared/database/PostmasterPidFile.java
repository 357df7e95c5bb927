package id.serambi.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's lock file in its data directory, {@code postmaster.pid}: one value a line, the server's process id,
 * its data directory, start time, port, socket directory, listen address, shared memory key and, once it has one, its
 * status ({@code starting}, {@code ready}, {@code stopping}). A standalone backend (initdb) writes its id negated.
 *
 * @param pid the process id on the first line (negative for a standalone backend)
 * @param dataDirectory the data directory on the second line
 * @param port the port on the fourth line, 0 when not written yet
 * @param status the status on the eighth line, blank when not written yet
 */
public record PostmasterPidFile(long pid, Path dataDirectory, int port, String status) {

    static final String NAME = "postmaster.pid";

    /** The lock file of this data directory; empty when there is none, or none that can be read as one. */
    public static Optional<PostmasterPidFile> read(Path directory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(NAME));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(NAME), e);
        }
        try {
            return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
                    lines.size() > 3 && !lines.get(3).isBlank() ? Integer.parseInt(lines.get(3).strip()) : 0,
                    lines.size() > 7 ? lines.get(7).strip() : ""));
        } catch (IndexOutOfBoundsException | IllegalArgumentException halfWritten) {
            return Optional.empty();
        }
    }

    /** The running postmaster this file names, if that process really is PostgreSQL's server for this directory. */
    public Optional<ProcessHandle> liveServerOf(Path directory) {
        return pid <= 0 ? Optional.empty() : ProcessHandle.of(pid)
                .filter(process -> identify(process, directory) == Identity.THIS_DIRECTORY_SERVER);
    }

    /** What the process named by a lock file is: its id alone proves nothing, a stale file's id may be reused. */
    enum Identity {
        /** Gone, or a process that is not PostgreSQL's server of this directory: the file is stale. */
        NOT_THIS_SERVER,
        THIS_DIRECTORY_SERVER,
        /** Alive, but whose it is cannot be read (another user's, a locked-down /proc): it must be left alone. */
        UNKNOWN
    }

    Identity identify(ProcessHandle process, Path directory) {
        if (!process.isAlive()) {
            return Identity.NOT_THIS_SERVER;
        }
        Path proc = Path.of("/proc", String.valueOf(process.pid()));
        try {
            boolean postgres;
            boolean here;
            if (Files.isDirectory(proc)) {
                // the server changes into its data directory at start; the executable name may end in " (deleted)"
                postgres = Files.readSymbolicLink(proc.resolve("exe")).getFileName().toString().startsWith("postgres");
                here = sameDirectory(Files.readSymbolicLink(proc.resolve("cwd")), directory);
            } else {
                Optional<String> command = process.info().command();
                if (command.isEmpty()) {
                    return Identity.UNKNOWN;
                }
                postgres = Path.of(command.get()).getFileName().toString().equals("postgres");
                here = true;
            }
            return postgres && here && sameDirectory(dataDirectory, directory) ? Identity.THIS_DIRECTORY_SERVER
                    : Identity.NOT_THIS_SERVER;
        } catch (IOException | SecurityException notReadable) {
            return process.isAlive() ? Identity.UNKNOWN : Identity.NOT_THIS_SERVER;
        }
    }

    static boolean sameDirectory(Path one, Path other) {
        try {
            return one.toRealPath().equals(other.toRealPath());
        } catch (IOException gone) {
            return false;
        }
    }
}

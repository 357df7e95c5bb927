package id.serambi.imports;

import java.time.Instant;

/**
 * One import and how far it got; {@code processed} counts rows read so far while it runs. {@code withoutNik} and
 * {@code minorsWithoutGuardian} count the imported (legacy) members the old system had no NIK or guardian for.
 */
public record ImportRun(long id, String fileName, Preset preset, Status status, long totalRows, long processed,
        long imported, long rejected, long renumbered, long withoutNik, long minorsWithoutGuardian, String failure, Instant startedAt, Instant finishedAt) {

    /** RUNNING until it committed (DONE) or rolled back with nothing written (FAILED). */
    public enum Status {
        RUNNING, DONE, FAILED
    }

    public int percent() {
        return totalRows == 0 ? (status == Status.RUNNING ? 0 : 100) : (int) Math.min(100, processed * 100 / totalRows);
    }

    public boolean running() {
        return status == Status.RUNNING;
    }
}

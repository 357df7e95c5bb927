package id.serambi.shared.scheduling;

/**
 * A job the server runs on a {@link Schedule}. Every such bean is scheduled by {@link SchedulingConfiguration} and
 * run under the {@link JobLock}, so that several servers on one database run it once; nothing else schedules work.
 */
public interface ScheduledJob {

    /** Unique among jobs; the name of its lock. */
    String name();

    Schedule schedule();

    void run();
}

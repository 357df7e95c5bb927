package id.serambi.shared.scheduling;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.PeriodicTrigger;

/**
 * When a job runs, and how long a start holds it against other servers ({@code hold}, by the database's clock).
 *
 * @param trigger null when the job is turned off
 * @param hold after a server starts the job, no other server starts it within this time; also how long a crashed
 *        server's claim lasts
 */
public record Schedule(Trigger trigger, Duration hold) {

    /** The cron expression Spring reads as "never". */
    public static final String OFF = "-";

    public Schedule {
        if (hold == null || hold.isNegative()) {
            throw new IllegalArgumentException("A job's hold must be zero or more, not " + hold);
        }
    }

    /**
     * Every {@code interval} after the previous run ended. A start holds the job for nine tenths of the interval, so
     * that with several servers it runs about once an interval, and a stopped server's turn is taken within one.
     */
    public static Schedule every(Duration initialDelay, Duration interval) {
        if (interval == null || !interval.isPositive() || initialDelay == null || initialDelay.isNegative()) {
            throw new IllegalArgumentException("A job's interval must be positive and its first delay zero or more,"
                    + " not " + interval + " and " + initialDelay);
        }
        PeriodicTrigger trigger = new PeriodicTrigger(interval);
        trigger.setInitialDelay(initialDelay);
        return new Schedule(trigger, interval.multipliedBy(9).dividedBy(10));
    }

    /** By a Spring cron expression ({@value #OFF} turns the job off) in {@code zone}. */
    public static Schedule cron(String expression, ZoneId zone, Duration hold) {
        if (OFF.equals(expression)) {
            return new Schedule(null, hold);
        }
        return new Schedule(new CronTrigger(expression, zone), hold);
    }

    public boolean off() {
        return trigger == null;
    }
}

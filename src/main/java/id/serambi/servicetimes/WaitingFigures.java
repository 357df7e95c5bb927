package id.serambi.servicetimes;

/**
 * How long the queue tickets of a service waited, from taking the ticket to its first call.
 *
 * @param cases tickets that were called (those never called or skipped are left out)
 * @param medianSeconds median wait, null without called tickets
 * @param p90Seconds 90th percentile (nearest rank), null without called tickets
 */
public record WaitingFigures(int cases, Long medianSeconds, Long p90Seconds) {
}

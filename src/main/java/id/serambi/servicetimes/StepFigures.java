package id.serambi.servicetimes;

import java.util.List;

import id.serambi.libraries.StepTiming;

/**
 * Real times of one procedure step against its standard (mutu baku).
 *
 * @param order the step's position in the procedure
 * @param standardSeconds the step's own standard; null for "as needed" or not stated
 * @param cases how many cases have a measured time for this step
 * @param medianSeconds median measured time, null without cases
 * @param p90Seconds 90th percentile (nearest rank), null without cases
 * @param withinStandardPercent share of measured cases within the standard, null when the step is not judged
 * @param judged false for steps "as needed" or without a stated time: reported, never judged
 * @param breaches the cases that took longer than the standard (at most ten, slowest first)
 */
public record StepFigures(int order, String actor, String description, StepTiming timing, Integer standardSeconds,
        int cases, Long medianSeconds, Long p90Seconds, Double withinStandardPercent, boolean judged,
        List<Breach> breaches) {

    /** A case that broke the standard of a step or of the whole service. */
    public record Breach(String caseRef, long seconds, long standardSeconds) {
    }
}

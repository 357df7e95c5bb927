package id.serambi.libraries;

/**
 * One step of a procedure with its standard time (mutu baku).
 *
 * @param order position in the procedure, from 1
 * @param standardSeconds the standard in seconds; null when "as needed" or not stated
 * @param timeText the document's own wording of the time, e.g. "@ 10 detik"
 * @param checkpoint the moment Serambi records for this step, or null when staff tick it
 */
public record ProcedureStep(int order, String actor, String description, StepTiming timing, Integer standardSeconds,
        String timeText, String equipment, String output, String note, Checkpoint checkpoint) {
}

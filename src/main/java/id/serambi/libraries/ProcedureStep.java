package id.serambi.libraries;

/**
 * One step of a procedure with its standard time (mutu baku).
 *
 * @param order position in the procedure, from 1
 * @param standardSeconds the standard in seconds; null when "as needed" or not stated
 * @param timeText the document's own wording of the time, e.g. "@ 10 detik"
 * @param checkpoint the moment Serambi records for this step, or null when staff tick it
 * @param key the step's stable identity: it survives renaming and reordering, so that what was recorded for the
 *        step stays with it; null for a step not saved yet
 */
public record ProcedureStep(int order, String actor, String description, StepTiming timing, Integer standardSeconds,
        String timeText, String equipment, String output, String note, Checkpoint checkpoint, String key) {

    /** A step not saved yet: it gets its key when the standard is saved. */
    public ProcedureStep(int order, String actor, String description, StepTiming timing, Integer standardSeconds,
            String timeText, String equipment, String output, String note, Checkpoint checkpoint) {
        this(order, actor, description, timing, standardSeconds, timeText, equipment, output, note, checkpoint, null);
    }

    public ProcedureStep withPlace(int newOrder, String newKey) {
        return new ProcedureStep(newOrder, actor, description, timing, standardSeconds, timeText, equipment, output,
                note, checkpoint, newKey);
    }
}

package id.serambi.libraries;

/**
 * The completion time as the document states it (waktu penyelesaian).
 *
 * @param value e.g. 24
 * @param unit minutes or working days within the service hours
 * @param text the document's own wording, e.g. "1 (satu) hari kerja"
 */
public record CompletionTime(int value, Unit unit, String text) {

    /** Units a completion time is given in. */
    public enum Unit {
        MINUTES, WORKING_DAYS
    }

    public Integer seconds() {
        return unit == Unit.MINUTES ? value * 60 : null;
    }
}

package id.serambi.libraries.web;

import id.serambi.shared.MultiLine;

/** One row of the procedure table on the standard's edit page; an empty row adds nothing. */
public class StepRow {

    private String order;
    private String actor;
    @MultiLine
    private String description;
    private String timing = "FIXED";
    private String minutes;
    private String seconds;
    private String timeText;
    private String equipment;
    private String output;
    @MultiLine
    private String note;
    private String checkpoint;
    private boolean remove;
    private String writtenSeconds;
    private String writtenText;
    private String key;

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTiming() {
        return timing;
    }

    public void setTiming(String timing) {
        this.timing = timing;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getSeconds() {
        return seconds;
    }

    public void setSeconds(String seconds) {
        this.seconds = seconds;
    }

    public String getTimeText() {
        return timeText;
    }

    public void setTimeText(String timeText) {
        this.timeText = timeText;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public String getOutput() {
        return output;
    }

    public void setOutput(String output) {
        this.output = output;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCheckpoint() {
        return checkpoint;
    }

    public void setCheckpoint(String checkpoint) {
        this.checkpoint = checkpoint;
    }

    public boolean isRemove() {
        return remove;
    }

    public void setRemove(boolean remove) {
        this.remove = remove;
    }

    /** The seconds the stored time text was written for (a hidden field). */
    public String getWrittenSeconds() {
        return writtenSeconds;
    }

    public void setWrittenSeconds(String writtenSeconds) {
        this.writtenSeconds = writtenSeconds;
    }

    /** The stored time text (a hidden field), to tell whether the person changed it. */
    public String getWrittenText() {
        return writtenText;
    }

    public void setWrittenText(String writtenText) {
        this.writtenText = writtenText;
    }

    /** The step's stable key (a hidden field), so that a renamed or moved step stays the same step. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Whether the row holds nothing a person typed (the timing select always has a value). */
    boolean isBlank() {
        return java.util.stream.Stream.of(actor, description, minutes, seconds, timeText, equipment, output, note,
                checkpoint).allMatch(value -> value == null || value.isBlank());
    }
}

package id.serambi.libraries.web;

import org.springframework.stereotype.Component;

import id.serambi.libraries.ProcedureStep;
import id.serambi.shared.Messages;

/** Writes standard times for pages in the reader's language ({@code @durations} in templates). */
@Component("durations")
class DurationText {

    private final Messages messages;

    DurationText(Messages messages) {
        this.messages = messages;
    }

    /** The step's time as the document wrote it, or worded from its seconds. */
    public String step(ProcedureStep step) {
        return switch (step.timing()) {
            case FIXED -> step.timeText() != null ? step.timeText() : seconds(step.standardSeconds());
            case AS_NEEDED -> step.timeText() != null ? step.timeText() : messages.get("timing.asNeeded");
            case NOT_STATED -> messages.get("timing.notStated");
        };
    }

    public String seconds(int total) {
        int minutes = total / 60;
        int rest = total % 60;
        if (minutes == 0) {
            return messages.get("duration.seconds", rest);
        }
        return rest == 0 ? messages.get("duration.minutes", minutes)
                : messages.get("duration.minutesSeconds", minutes, rest);
    }
}

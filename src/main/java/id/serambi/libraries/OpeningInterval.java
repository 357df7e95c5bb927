package id.serambi.libraries;

import java.time.Duration;
import java.time.LocalTime;

import id.serambi.shared.InvalidInputException;

/** Opening and closing time of one weekday. */
public record OpeningInterval(LocalTime opens, LocalTime closes) {

    /** Refuses an interval that is not one (a 400 with a field error, never a 500, wherever it comes from). */
    public OpeningInterval {
        if (opens == null) {
            throw InvalidInputException.of("opens", "validation.required");
        }
        if (closes == null) {
            throw InvalidInputException.of("closes", "validation.required");
        }
        if (!closes.isAfter(opens)) {
            throw InvalidInputException.of("closes", "libraries.hours.closesBeforeOpens");
        }
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }
}

package id.serambi.libraries;

import java.time.Duration;
import java.time.LocalTime;

/** Opening and closing time of one weekday. */
public record OpeningInterval(LocalTime opens, LocalTime closes) {

    public OpeningInterval {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closing time must be after opening time");
        }
    }

    public Duration length() {
        return Duration.between(opens, closes);
    }
}

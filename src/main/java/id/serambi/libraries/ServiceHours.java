package id.serambi.libraries;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The weekly service hours (jam layanan); a day without an interval is closed. */
public record ServiceHours(Map<DayOfWeek, OpeningInterval> days) {

    public ServiceHours {
        EnumMap<DayOfWeek, OpeningInterval> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(days);
        days = Collections.unmodifiableMap(copy);
    }

    public static ServiceHours unpublished() {
        return new ServiceHours(Map.of());
    }

    public boolean published() {
        return !days.isEmpty();
    }

    public Optional<OpeningInterval> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }
}

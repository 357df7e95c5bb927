package id.serambi.libraries.internal;

import static id.serambi.libraries.internal.StandardRules.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.serambi.libraries.DayHours;
import id.serambi.libraries.Holiday;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryProfile;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ServiceHours;
import id.serambi.shared.EmailAddresses;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** Checks a library's profile, weekly hours and holidays field by field; nothing is built from bad input. */
public final class SettingsRules {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private SettingsRules() {
    }

    /**
     * The weekly hours. Every weekday must be given, null when closed, so that an empty request never closes the
     * library by accident. Problems are named {@code MONDAY.open}, {@code MONDAY.close}.
     */
    public static ServiceHours hours(Map<String, DayHours> days) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<DayOfWeek, OpeningInterval> intervals = new EnumMap<>(DayOfWeek.class);
        Set<DayOfWeek> given = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((name, hours) -> {
            DayOfWeek day = weekday(name);
            if (day == null) {
                problems.add(FieldProblem.of(name, "libraries.validation.weekday"));
            } else if (!given.add(day)) {
                problems.add(FieldProblem.of(name, "libraries.validation.dayTwice"));
            } else if (hours != null) {
                LocalTime open = time(name + ".open", hours.open(), problems);
                LocalTime close = time(name + ".close", hours.close(), problems);
                if (open != null && close != null && !close.isAfter(open)) {
                    problems.add(FieldProblem.of(name + ".close", "libraries.hours.closesBeforeOpens"));
                } else if (open != null && close != null) {
                    intervals.put(day, new OpeningInterval(open, close));
                }
            }
        });
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!given.contains(day)) {
                problems.add(FieldProblem.of(day.name(), "libraries.validation.dayMissing"));
            }
        }
        throwIfAny(problems);
        return new ServiceHours(intervals);
    }

    public static Holiday holiday(String date, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = date(date, problems);
        String cleanName = text(name);
        if (cleanName == null) {
            problems.add(FieldProblem.of("name", "validation.required"));
        } else if (cleanName.length() > StandardRules.SHORT) {
            problems.add(FieldProblem.of("name", "validation.tooLong", StandardRules.SHORT));
        }
        throwIfAny(problems);
        return new Holiday(day, cleanName);
    }

    /** The library with its profile changed; code, region and replacement documents stay as they are. */
    public static Library profile(Library current, LibraryProfile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        required("name", profile.name(), problems);
        required("agency", profile.agency(), problems);
        length("address", profile.address(), StandardRules.MEDIUM, problems);
        matches("postalCode", profile.postalCode(), "\\d{5}", "libraries.validation.postalCode", problems);
        matches("phone", profile.phone(), "[0-9+()./ -]{4,40}", "libraries.validation.phone", problems);
        if (text(profile.email()) != null && !EmailAddresses.isValid(profile.email().strip())) {
            problems.add(FieldProblem.of("email", "libraries.validation.email"));
        }
        matches("website", profile.website(), "(https?://)?[^\\s/]+\\.[^\\s]+", "libraries.validation.website",
                problems);
        length("email", profile.email(), StandardRules.SHORT, problems);
        length("website", profile.website(), StandardRules.SHORT, problems);
        ZoneId zone = zone(profile.timezone(), problems);
        throwIfAny(problems);
        return new Library(current.id(), current.code(), text(profile.name()), text(profile.agency()),
                text(profile.address()), text(profile.postalCode()), text(profile.phone()), text(profile.email()),
                text(profile.website()), current.regionCode(), zone, current.replacementDocuments());
    }

    private static ZoneId zone(String id, List<FieldProblem> problems) {
        try {
            ZoneId zone = ZoneId.of(id == null ? "" : id.strip());
            if (LibraryProfile.INDONESIAN_ZONES.contains(zone.getId())) {
                return zone;
            }
        } catch (DateTimeException e) {
            // not an IANA zone: reported below like a zone outside Indonesia
        }
        problems.add(FieldProblem.of("timezone", "libraries.validation.timezone", String.join(", ", LibraryProfile.INDONESIAN_ZONES)));
        return null;
    }

    private static DayOfWeek weekday(String name) {
        try {
            return name == null ? null : DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalTime time(String field, String value, List<FieldProblem> problems) {
        if (text(value) == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
            return null;
        }
        try {
            return LocalTime.parse(value.strip().replace('.', ':'));
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "libraries.validation.time"));
            return null;
        }
    }

    private static LocalDate date(String value, List<FieldProblem> problems) {
        if (text(value) == null) {
            problems.add(FieldProblem.of("date", "validation.required"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR) {
                return day;
            }
        } catch (DateTimeException e) {
            // reported below
        }
        problems.add(FieldProblem.of("date", "libraries.validation.date", FIRST_YEAR, LAST_YEAR));
        return null;
    }

    private static void required(String field, String value, List<FieldProblem> problems) {
        if (text(value) == null) {
            problems.add(FieldProblem.of(field, "validation.required"));
        } else {
            length(field, value, StandardRules.SHORT, problems);
        }
    }

    private static void matches(String field, String value, String pattern, String key,
            List<FieldProblem> problems) {
        if (text(value) != null && !value.strip().matches(pattern)) {
            problems.add(FieldProblem.of(field, key));
        }
    }

    private static void length(String field, String value, int max, List<FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.tooLong", max));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

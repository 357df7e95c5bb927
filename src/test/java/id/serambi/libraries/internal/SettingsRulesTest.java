package id.serambi.libraries.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.serambi.libraries.DayHours;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryProfile;
import id.serambi.libraries.OpeningInterval;
import id.serambi.libraries.ServiceHours;
import id.serambi.shared.InvalidInputException;

class SettingsRulesTest {

    static final Library LEBAK = new Library(LibraryId.of(1), "lebak", "Dinas Perpustakaan Lebak", "Pemkab Lebak",
            "Jl. Abdi Negara", "42311", "0252 201", "dpk@lebakkab.go.id", "https://dpk.lebakkab.go.id", "36.02",
            ZoneId.of("Asia/Jakarta"), List.of());

    @Test
    void hoursTakeColonOrDotAndLeaveOutClosedDays() {
        Map<String, DayHours> days = closedWeek();
        days.put("MONDAY", new DayHours("07.30", "15:00"));

        ServiceHours hours = SettingsRules.hours(days);

        assertThat(hours.on(DayOfWeek.MONDAY)).contains(new OpeningInterval(LocalTime.of(7, 30), LocalTime.of(15, 0)));
        assertThat(hours.on(DayOfWeek.SUNDAY)).isEmpty();
    }

    @Test
    void closingBeforeOpeningAndUnreadableTimesAreNamedByDayAndField() {
        Map<String, DayHours> days = closedWeek();
        days.put("TUESDAY", new DayHours("15:00", "07:30"));
        days.put("WEDNESDAY", new DayHours("pagi", ""));
        days.put("FUNDAY", new DayHours("08:00", "12:00"));

        assertThatThrownBy(() -> SettingsRules.hours(days)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                        "TUESDAY.close libraries.hours.closesBeforeOpens",
                        "WEDNESDAY.open libraries.validation.time", "WEDNESDAY.close validation.required",
                        "FUNDAY libraries.validation.weekday"));
    }

    @Test
    void anEmptyWeekClosesNothingButIsRefused() {
        Map<String, DayHours> days = new LinkedHashMap<>();
        days.put("monday", null);
        days.put("MONDAY", null);

        assertThatThrownBy(() -> SettingsRules.hours(days)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldProblems()).extracting(p -> p.field() + " " + p.messageKey())
                        .contains("MONDAY libraries.validation.dayTwice", "SUNDAY libraries.validation.dayMissing")
                        .hasSize(7));
    }

    private static Map<String, DayHours> closedWeek() {
        Map<String, DayHours> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day.name(), null);
        }
        return days;
    }

    @Test
    void anIntervalBuiltBackwardsIsBadInputNotAServerError() {
        assertThatThrownBy(() -> new OpeningInterval(LocalTime.NOON, LocalTime.of(8, 0)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theTimeZoneMustBeOneOfIndonesiasFour() {
        for (String zone : List.of("Europe/Paris", "Mars/Olympus", "", "WIB")) {
            assertThatThrownBy(() -> SettingsRules.profile(LEBAK, profile(zone)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldProblems())
                            .extracting(p -> p.field()).containsExactly("timezone"));
        }
        assertThat(SettingsRules.profile(LEBAK, profile(" Asia/Jayapura ")).timezone())
                .isEqualTo(ZoneId.of("Asia/Jayapura"));
    }

    @Test
    void theProfileKeepsCodeRegionAndDocumentsAndChecksItsFields() {
        LibraryProfile bad = new LibraryProfile(" ", "Pemkab", null, "4231", "telp kantor", "dpk-at-lebak",
                "dpk lebak", "Asia/Jakarta");

        assertThatThrownBy(() -> SettingsRules.profile(LEBAK, bad)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                        .containsExactly("name", "postalCode", "phone", "email", "website"));
        Library changed = SettingsRules.profile(LEBAK, profile("Asia/Jakarta"));
        assertThat(changed.code()).isEqualTo("lebak");
        assertThat(changed.regionCode()).isEqualTo("36.02");
        assertThat(changed.phone()).isEqualTo("(0252) 201-123");
    }

    private static LibraryProfile profile(String zone) {
        return new LibraryProfile("Dinas Perpustakaan Lebak", "Pemkab Lebak", "Jl. Abdi Negara", "42311",
                "(0252) 201-123", "dpk@lebakkab.go.id", "dpk.lebakkab.go.id", zone);
    }
}

package id.serambi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.serambi.shared.PeriodRule.Refusal;

class PeriodRuleTest {

    private static final LocalDate NEW_YEAR_2024 = LocalDate.of(2024, 1, 1);

    @Test
    void oneDayIsAPeriod() {
        assertThat(PeriodRule.check(NEW_YEAR_2024, NEW_YEAR_2024, 1)).isEmpty();
    }

    @Test
    void aLeapYearIsTheLongestYear() {
        assertThat(PeriodRule.check(NEW_YEAR_2024, LocalDate.of(2024, 12, 31), PeriodRule.YEAR_DAYS)).isEmpty();
        assertThat(PeriodRule.check(NEW_YEAR_2024, LocalDate.of(2025, 1, 1), PeriodRule.YEAR_DAYS))
                .contains(Refusal.TOO_LONG);
        assertThat(PeriodRule.check(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), PeriodRule.YEAR_DAYS))
                .as("an ordinary year and a day").isEmpty();
    }

    @Test
    void bothEndsCount() {
        assertThat(PeriodRule.check(NEW_YEAR_2024, NEW_YEAR_2024.plusDays(6), 7)).isEmpty();
        assertThat(PeriodRule.check(NEW_YEAR_2024, NEW_YEAR_2024.plusDays(7), 7)).contains(Refusal.TOO_LONG);
    }

    @Test
    void anEndBeforeTheStartIsOutOfOrderWhateverItsLength() {
        assertThat(PeriodRule.check(NEW_YEAR_2024, NEW_YEAR_2024.minusDays(1), 366)).contains(Refusal.OUT_OF_ORDER);
        assertThat(PeriodRule.check(NEW_YEAR_2024, NEW_YEAR_2024.minusYears(5), 366)).contains(Refusal.OUT_OF_ORDER);
    }
}

package id.serambi.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The one rule for a period of days asked of a report or statistic: {@code from} not after {@code to}, and at most
 * {@code maxDays} days with both ends counted (a year, {@value #YEAR_DAYS} days, is 1 January to 31 December of a leap
 * year, or 1 January to 1 January of the next ordinary year). Each module words the refusal in its own messages.
 */
public final class PeriodRule {

    /** A year's period, leap years included. */
    public static final int YEAR_DAYS = 366;

    /** Why a period is refused. */
    public enum Refusal {
        /** {@code from} is after {@code to}. */
        OUT_OF_ORDER,
        /** More than the allowed days. */
        TOO_LONG
    }

    private PeriodRule() {
    }

    /** Why {@code from}..{@code to} is refused, or empty when it is a period of 1 to {@code maxDays} days. */
    public static Optional<Refusal> check(LocalDate from, LocalDate to, int maxDays) {
        if (from.isAfter(to)) {
            return Optional.of(Refusal.OUT_OF_ORDER);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            return Optional.of(Refusal.TOO_LONG);
        }
        return Optional.empty();
    }
}

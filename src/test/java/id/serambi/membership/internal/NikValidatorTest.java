package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.serambi.regions.RegionDirectory;
import id.serambi.shared.FieldProblem;

class NikValidatorTest {

    static final NikValidator VALIDATOR = new NikValidator(new RegionDirectory());

    @Test
    void acceptsAManBornOnTheSeventeenthOfAugust() {
        NikCheck check = VALIDATOR.check("3602011708900001");

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.sex()).isEqualTo(Sex.M);
    }

    @Test
    void readsAWomansDayPlusForty() {
        NikCheck check = VALIDATOR.check("3602015708900002");

        assertThat(check.valid()).isTrue();
        assertThat(check.sex()).isEqualTo(Sex.F);
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryOfALeapYearAndAWomansSeventyFirst() {
        assertThat(VALIDATOR.check("3602012902000003").valid()).isTrue();
        assertThat(VALIDATOR.check("3602017101850004").valid()).isTrue();
    }

    @Test
    void refusesTheThirtiethOfFebruary() {
        NikCheck check = VALIDATOR.check("3602013002900001");

        assertThat(check.problems()).extracting(FieldProblem::messageKey).containsExactly("membership.nik.date");
    }

    @Test
    void refusesADayBetweenThirtyTwoAndFortyAndAMonthThirteen() {
        assertThat(VALIDATOR.check("3602013508900001").valid()).isFalse();
        assertThat(VALIDATOR.check("3602011713900001").valid()).isFalse();
    }

    @Test
    void refusesSerialZeroZeroZeroZero() {
        NikCheck check = VALIDATOR.check("3602011708900000");

        assertThat(check.problems()).extracting(FieldProblem::messageKey).containsExactly("membership.nik.serial");
    }

    @Test
    void anUnknownRegionPrefixIsAWarningNotARefusal() {
        NikCheck check = VALIDATOR.check("3699991708900001");

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).containsExactly("membership.warning.nikRegionUnknown:369999");
    }

    @Test
    void refusesWrongLengthAndNonDigits() {
        assertThat(VALIDATOR.check("36020117089000").problems()).extracting(FieldProblem::messageKey)
                .containsExactly("membership.nik.format");
        assertThat(VALIDATOR.check("36020117089000A1").valid()).isFalse();
        assertThat(VALIDATOR.check("").problems()).extracting(FieldProblem::messageKey)
                .containsExactly("membership.nik.required");
        assertThat(VALIDATOR.check(null).valid()).isFalse();
    }

    @Test
    void masksAllButRegionAndSerial() {
        assertThat(NikValidator.mask("3602011708900001")).isEqualTo("3602********0001");
    }
}

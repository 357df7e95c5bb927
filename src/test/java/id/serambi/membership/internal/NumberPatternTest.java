package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberPatternTest {

    @Test
    void fillsPrefixYearAndZeroPaddedSequence() {
        NumberPattern pattern = new NumberPattern("SDA-{YYYY}-{SEQ:6}");

        assertThat(pattern.format(2026, 42)).isEqualTo("SDA-2026-000042");
        assertThat(pattern.period(2026)).isEqualTo(2026);
    }

    @Test
    void aPatternWithoutYearCountsOnForever() {
        NumberPattern pattern = new NumberPattern("KTA{SEQ:5}");

        assertThat(pattern.format(2026, 7)).isEqualTo("KTA00007");
        assertThat(pattern.period(2026)).isZero();
        assertThat(new NumberPattern("B{YY}.{SEQ:4}").format(2027, 12345)).isEqualTo("B27.12345");
    }

    @Test
    void theDefaultUsesTheLibraryCode() {
        assertThat(NumberPattern.defaultFor("lebak").format(2026, 1)).isEqualTo("LEBAK-2026-000001");
    }

    @Test
    void refusesAPatternWithoutSequence() {
        assertThatThrownBy(() -> new NumberPattern("SDA-{YYYY}")).isInstanceOf(IllegalArgumentException.class);
    }
}

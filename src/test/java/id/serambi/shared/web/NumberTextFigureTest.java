package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Figures of pages in the reader's language (issue 32: "700,000" on Indonesian pages). */
class NumberTextFigureTest {

    final NumberText figures = new NumberText();

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesNumbersTheIndonesianWayOnIndonesianPages() {
        LocaleContextHolder.setLocale(Locale.of("id"));
        assertThat(figures.figure(700000L)).isEqualTo("700.000");
        assertThat(figures.figure(new BigDecimal("82.50"))).isEqualTo("82,50");
        assertThat(figures.figure(87.5)).isEqualTo("87,5");
    }

    @Test
    void writesNumbersTheEnglishWayOnEnglishPages() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.figure(700000)).isEqualTo("700,000");
        assertThat(figures.figure(new BigDecimal("82.50"))).isEqualTo("82.50");
    }

    @Test
    void leavesTextAsItIs() {
        assertThat(figures.figure("2026-12-01")).isEqualTo("2026-12-01");
        assertThat(figures.figure(null)).isEmpty();
    }
}

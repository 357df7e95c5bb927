package id.serambi.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FigureTextTest {

    final FigureText figures = new FigureText();

    @AfterEach
    void forgetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesNumbersTheIndonesianWayOnIndonesianPages() {
        LocaleContextHolder.setLocale(Locale.of("id"));
        assertThat(figures.of(700000L)).isEqualTo("700.000");
        assertThat(figures.of(new BigDecimal("82.50"))).isEqualTo("82,50");
        assertThat(figures.of(87.5)).isEqualTo("87,5");
    }

    @Test
    void writesNumbersTheEnglishWayOnEnglishPages() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(figures.of(700000)).isEqualTo("700,000");
        assertThat(figures.of(new BigDecimal("82.50"))).isEqualTo("82.50");
    }

    @Test
    void leavesTextAsItIs() {
        assertThat(figures.of("2026-12-01")).isEqualTo("2026-12-01");
        assertThat(figures.of(null)).isEmpty();
    }
}

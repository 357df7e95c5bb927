package id.serambi.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decimals as people read them in one language: Bahasa Indonesia writes 84,26, English 84.26.
 * Pages ({@code ${@numberText.text(v)}}) and the Indonesian PDF use it, so a page never mixes "84.26" with "100,0 %".
 * A decimal keeps its own number of places (an IKM has two, an NRR three), a percentage one; counts and other values
 * are returned as they are (a count is not grouped, so that it reads the same in a table and in a CSV).
 */
@Component("numberText")
public class NumberText {

    /** In the language of the request being answered. */
    public String text(Object value) {
        return of(value, LocaleContextHolder.getLocale());
    }

    /**
     * A figure of a dashboard or report page in the request's language: as {@link #text}, and whole numbers grouped
     * (700.000 in Indonesian, 700,000 in English); text as it is, null as nothing. Downloads keep the raw values.
     */
    public String figure(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return format(0, LocaleContextHolder.getLocale()).format(((Number) value).longValue());
        }
        return text(value);
    }

    public static String of(Object value, Locale locale) {
        if (value instanceof BigDecimal decimal) {
            return format(decimal.scale() < 0 ? 0 : decimal.scale(), locale).format(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return format(1, locale).format(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    private static NumberFormat format(int places, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format;
    }
}

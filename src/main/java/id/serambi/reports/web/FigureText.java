package id.serambi.reports.web;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A dashboard figure as the reader writes numbers ({@code @figureText} in templates): 700.000 and 82,5 on Indonesian
 * pages, 700,000 and 82.5 on English ones. Downloads (CSV, Excel) keep the raw values.
 */
@Component("figureText")
public class FigureText {

    public String of(Object value) {
        if (!(value instanceof Number number)) {
            return value == null ? "" : String.valueOf(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        if (number instanceof Double || number instanceof Float || number instanceof BigDecimal) {
            format.setMinimumFractionDigits(number instanceof BigDecimal decimal ? Math.max(0, decimal.scale()) : 0);
            format.setMaximumFractionDigits(2);
        }
        return format.format(number);
    }
}

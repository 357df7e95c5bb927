package id.serambi.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the language of the current request. */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return get(LocaleContextHolder.getLocale(), key, args);
    }

    public String get(MessageSourceResolvable resolvable) {
        try {
            return source.getMessage(resolvable, LocaleContextHolder.getLocale());
        } catch (NoSuchMessageException e) {
            String[] codes = resolvable.getCodes();
            return codes == null || codes.length == 0 ? "?" : codes[codes.length - 1];
        }
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, key, locale);
    }
}

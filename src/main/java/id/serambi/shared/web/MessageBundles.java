package id.serambi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module under {@code i18n/}: {@code i18n/membership.properties} (Bahasa Indonesia, the
 * default) beside {@code i18n/membership_en.properties}. A module adds its own files; none edits another's.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    static final String LOCATION = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames().toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** The bundles found on the class path, e.g. {@code i18n/messages}, {@code i18n/membership}. */
    public static Set<String> baseNames() {
        try {
            Set<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
    }
}

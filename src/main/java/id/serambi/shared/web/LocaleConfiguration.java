package id.serambi.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bahasa Indonesia by default, English on request: {@code ?lang=en} on any page (kept in a cookie), or the
 * {@code Accept-Language} header for API clients. Library PCs often run an English browser, so pages ignore it.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("serambi-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromAcceptLanguage);
        return resolver;
    }

    /** API clients choose by Accept-Language; pages start in Bahasa Indonesia whatever the browser says. */
    static Locale fromAcceptLanguage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null) {
            var requested = request.getLocales();
            while (requested.hasMoreElements()) {
                Locale locale = requested.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(locale.getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        return INDONESIAN;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch());
    }

    /** Switches the language when a page is asked for with {@code ?lang=id|en}; anything else is ignored. */
    static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if (lang == null) {
                return true;
            }
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(lang)) {
                    LocaleResolver resolver = org.springframework.web.servlet.support.RequestContextUtils
                            .getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, supported);
                    }
                }
            }
            return true;
        }
    }
}

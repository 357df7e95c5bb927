package id.serambi.shared.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the request's language before the security filters run, so that a 401 or 429 written by a filter is in the
 * user's language too (Indonesian unless asked otherwise), not in the server's default locale.
 */
@Configuration(proxyBeanMethods = false)
class LocaleFilter {

    /** Between Spring's request-context filter (-105) and the security filters (-100). */
    static final int ORDER = -104;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> localeFilterRegistration(LocaleResolver resolver) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                LocaleContextHolder.setLocale(resolver.resolveLocale(request));
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        return registration;
    }
}

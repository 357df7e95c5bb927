package id.serambi.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.Messages;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** After the language is known (so the 429 is in the user's language), before the security filters. */
    static final int ORDER = LocaleFilter.ORDER + 1;

    /** Right after the security filters, when the request's staff member (if any) is known. */
    static final int AFTER_SECURITY_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1;

    @Bean
    RateLimits rateLimits(RateLimitProperties limits, Problems problems, ProblemWriter writer, Messages messages) {
        return new RateLimits(limits, problems, writer, messages);
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limits));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PublicApiLimitFilter> publicApiLimitFilter(RateLimits limits) {
        FilterRegistrationBean<PublicApiLimitFilter> registration = new FilterRegistrationBean<>(
                new PublicApiLimitFilter(limits));
        registration.setOrder(AFTER_SECURITY_ORDER);
        return registration;
    }
}

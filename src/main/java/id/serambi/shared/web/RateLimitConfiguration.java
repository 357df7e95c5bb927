package id.serambi.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.Messages;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    /** After the language is known (so the 429 is in the user's language), before the security filters. */
    static final int ORDER = LocaleFilter.ORDER + 1;

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, Problems problems,
            ProblemWriter writer, Messages messages) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limits, problems, writer, messages));
        registration.setOrder(ORDER);
        return registration;
    }
}

package id.serambi.cases.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CaseWebConfiguration implements WebMvcConfigurer {

    private final CaseInHandInterceptor caseInHand;

    CaseWebConfiguration(CaseInHandInterceptor caseInHand) {
        this.caseInHand = caseInHand;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(caseInHand).addPathPatterns("/api/v1/libraries/*/**", "/app/*/**");
    }
}

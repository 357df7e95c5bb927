package id.serambi.cases.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

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

    @Bean
    NavigationItem casesNavigation() {
        return new NavigationItem("cases.nav", "/app/{lib}/cases", Role.PETUGAS, 50);
    }
}

package id.serambi.surveys.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class SurveyWebConfiguration {

    @Bean
    PublicEndpoints surveyPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/libraries/*/surveys"));
    }

    @Bean
    NavigationItem ikmNavigation() {
        return new NavigationItem("surveys.nav", "/app/{lib}/ikm", Role.PETUGAS, 600);
    }
}

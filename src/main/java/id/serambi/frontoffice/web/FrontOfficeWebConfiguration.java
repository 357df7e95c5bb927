package id.serambi.frontoffice.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class FrontOfficeWebConfiguration {

    @Bean
    PublicEndpoints frontOfficePublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/v1/libraries/*/visit-purposes"),
                PublicEndpoints.get("/api/v1/libraries/*/visit-locations"));
    }

    @Bean
    NavigationItem guestBookNavigation() {
        return new NavigationItem("frontoffice.nav.guestbook", "/app/{lib}/guestbook", Role.PETUGAS, 300);
    }
}

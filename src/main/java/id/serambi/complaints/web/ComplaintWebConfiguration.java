package id.serambi.complaints.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ComplaintWebConfiguration {

    @Bean
    PublicEndpoints complaintPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/libraries/*/complaints"),
                PublicEndpoints.get("/api/v1/complaints/*"));
    }

    @Bean
    NavigationItem complaintsNavigation() {
        return new NavigationItem("complaints.nav", "/app/{lib}/complaints", Role.PETUGAS, 500);
    }
}

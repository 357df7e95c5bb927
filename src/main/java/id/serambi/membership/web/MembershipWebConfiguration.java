package id.serambi.membership.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class MembershipWebConfiguration {

    @Bean
    PublicEndpoints membershipPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/libraries/*/registrations"),
                PublicEndpoints.get("/api/v1/libraries/*/applications/*"),
                PublicEndpoints.put("/api/v1/libraries/*/applications/*"),
                PublicEndpoints.put("/api/v1/libraries/*/applications/*/photo"),
                PublicEndpoints.get("/api/v1/regions/**"));
    }

    @Bean
    NavigationItem membershipNavigation() {
        return new NavigationItem("membership.nav", "/app/{lib}/members", Role.PETUGAS, 100);
    }
}

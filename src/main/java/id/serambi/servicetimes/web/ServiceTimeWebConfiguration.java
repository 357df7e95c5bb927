package id.serambi.servicetimes.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ServiceTimeWebConfiguration {

    @Bean
    NavigationItem serviceTimesNavigation() {
        return new NavigationItem("servicetimes.nav", "/app/{lib}/service-times", Role.PETUGAS, 800);
    }
}

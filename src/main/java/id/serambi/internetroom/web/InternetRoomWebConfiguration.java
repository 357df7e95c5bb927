package id.serambi.internetroom.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class InternetRoomWebConfiguration {

    @Bean
    NavigationItem internetRoomNavigation() {
        return new NavigationItem("internetroom.nav", "/app/{lib}/internet", Role.PETUGAS, 310);
    }
}

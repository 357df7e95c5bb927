package id.serambi.imports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ImportWebConfiguration {

    @Bean
    NavigationItem importNavigation() {
        return new NavigationItem("imports.nav", "/app/{lib}/import", Role.KEPALA, 900);
    }

    @Bean
    NavigationItem exportNavigation() {
        return new NavigationItem("imports.export.nav", "/app/{lib}/export", Role.KEPALA, 901);
    }
}

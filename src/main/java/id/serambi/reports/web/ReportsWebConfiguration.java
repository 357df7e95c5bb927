package id.serambi.reports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ReportsWebConfiguration {

    @Bean
    NavigationItem dashboardNavigation() {
        return new NavigationItem("reports.nav", "/app/{lib}/dashboard", Role.KASI, 700);
    }

    @Bean
    NavigationItem oversightNavigation() {
        return new NavigationItem("reports.oversight.nav", "/app/{lib}/network", Role.KABID, 710);
    }
}

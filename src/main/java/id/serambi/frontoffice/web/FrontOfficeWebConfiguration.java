package id.serambi.frontoffice.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import id.serambi.accounts.RememberedSignIn;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class FrontOfficeWebConfiguration {

    @Bean
    PublicEndpoints frontOfficePublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/v1/libraries/*/visit-purposes"),
                PublicEndpoints.get("/api/v1/libraries/*/visit-locations"));
    }

    /**
     * Card scans on the quick path, first of all filters: what it answers needs no locale, session, cookie or rate
     * limit (staff API calls are not rate-limited), and what it does not answer continues down the whole chain.
     * Its own meters count what it answers (serambi.card.scans.*).
     */
    @Bean
    FilterRegistrationBean<CardScanFilter> cardScanFilter(RememberedSignIn signIn, LibraryService libraries,
            FrontOfficeService frontOffice, JsonMapper json) {
        FilterRegistrationBean<CardScanFilter> registration = new FilterRegistrationBean<>(
                new CardScanFilter(signIn, libraries, frontOffice, json));
        registration.addUrlPatterns("/api/v1/libraries/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    NavigationItem guestBookNavigation() {
        return new NavigationItem("frontoffice.nav.guestbook", "/app/{lib}/guestbook", Role.PETUGAS, 300);
    }
}

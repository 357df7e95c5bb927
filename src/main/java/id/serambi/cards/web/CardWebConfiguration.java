package id.serambi.cards.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class CardWebConfiguration {

    @Bean
    NavigationItem cardsNavigation() {
        return new NavigationItem("cards.nav", "/app/{lib}/cards", Role.PETUGAS, 290);
    }

    @Bean
    NavigationItem waitingCardsNavigation() {
        return new NavigationItem("cards.nav.waiting", "/app/{lib}/cards/waiting", Role.PETUGAS, 295);
    }
}

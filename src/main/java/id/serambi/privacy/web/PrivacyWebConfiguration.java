package id.serambi.privacy.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.serambi.shared.DomainException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.Messages;
import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class PrivacyWebConfiguration {

    /** The member's own API: signed in with a one-time code and then the {@code X-Member-Token} header. */
    @Bean
    PublicEndpoints privacyPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.post("/api/v1/libraries/*/my-data/code"),
                PublicEndpoints.post("/api/v1/libraries/*/my-data/token"),
                PublicEndpoints.get("/api/v1/libraries/*/my-data"),
                PublicEndpoints.get("/api/v1/libraries/*/my-data/requests"),
                PublicEndpoints.post("/api/v1/libraries/*/my-data/requests"));
    }

    @Bean
    NavigationItem privacyNavigation() {
        return new NavigationItem("privacy.nav", "/app/{lib}/privacy", Role.KASI, 880);
    }

    /** Every problem of a refusal in the user's language, for pages that show them above the form. */
    static List<String> texts(Messages messages, DomainException refusal) {
        if (refusal.fieldProblems().isEmpty()) {
            return List.of(messages.get(refusal.messageKey(), refusal.args()));
        }
        return refusal.fieldProblems().stream()
                .map((FieldProblem p) -> messages.get(p.messageKey(), p.args())).toList();
    }
}

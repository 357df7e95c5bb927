package id.serambi.libraries.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Role;
import id.serambi.shared.web.NavigationItem;

@Configuration(proxyBeanMethods = false)
class LibraryWebConfiguration implements WebMvcConfigurer {

    static {
        // The library comes from the path ({lib}) through LibraryArgumentResolver: not a parameter of its own in the
        // OpenAPI description.
        org.springdoc.core.utils.SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(id.serambi.libraries.Library.class);
    }

    private final LibraryService libraries;

    LibraryWebConfiguration(LibraryService libraries) {
        this.libraries = libraries;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LibraryArgumentResolver(libraries));
    }

    /**
     * Every operation under {@code /libraries/{lib}} has the library code as its path parameter {@code lib} (the
     * method's {@code Library} argument is resolved from it and is not a parameter of its own).
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer libraryPathParameter() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.contains("{lib}")) {
                item.readOperations().forEach(operation -> {
                    boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                            .anyMatch(p -> "lib".equals(p.getName()) && "path".equals(p.getIn()));
                    if (!declared) {
                        operation.addParametersItem(new io.swagger.v3.oas.models.parameters.PathParameter()
                                .name("lib").required(true).description("the library's code, e.g. lebak")
                                .schema(new io.swagger.v3.oas.models.media.StringSchema()));
                    }
                });
            }
        });
    }

    @Bean
    PublicEndpoints libraryPublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.get("/api/v1/libraries"),
                PublicEndpoints.get("/api/v1/libraries/*/service-standards"),
                PublicEndpoints.get("/api/v1/libraries/*/member-categories"),
                PublicEndpoints.get("/api/v1/libraries/*/profile"),
                PublicEndpoints.get("/api/v1/libraries/*/service-hours"),
                PublicEndpoints.get("/api/v1/libraries/*/holidays"));
    }

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("nav.home", "/app/{lib}", Role.PETUGAS, 0);
    }

    @Bean
    NavigationItem standardsNavigation() {
        return new NavigationItem("nav.standards", "/app/{lib}/standards", Role.PETUGAS, 900);
    }

    @Bean
    NavigationItem settingsNavigation() {
        return new NavigationItem("libraries.nav.settings", "/app/{lib}/settings", Role.KASI, 950);
    }
}

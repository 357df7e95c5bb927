package id.serambi.accounts.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import id.serambi.shared.security.PublicEndpoints;
import id.serambi.shared.security.Roles;

/** Two doors: HTTP Basic without sessions for {@code /api}, form login with CSRF for pages. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** No inline script or style anywhere: every script is a file under /js. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(StaffRepository staff, PasswordEncoder encoder,
            Clock clock, AccountVersions versions, SignInThrottle throttle) {
        return new StaffAuthenticationProvider(StaffAuthenticationProvider.users(staff), encoder, clock,
                versions::current, throttle);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return Roles.HIERARCHY;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems, List<PublicEndpoints> open,
            StaffAuthenticationProvider provider) throws Exception {
        RequestMatcher[] publicEndpoints = open.stream().flatMap(p -> p.endpoints().stream())
                .map(e -> PathPatternRequestMatcher.withDefaults().matcher(e.method(), e.pattern()))
                .toArray(RequestMatcher[]::new);
        http.securityMatcher("/api/**")
                .authenticationProvider(provider)
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new BrowserWriteGuard(problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(authorize -> {
                    if (publicEndpoints.length > 0) {
                        authorize.requestMatchers(publicEndpoints).permitAll();
                    }
                    authorize.anyRequest().authenticated();
                })
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, StaffAuthenticationProvider provider, AccountVersions versions)
            throws Exception {
        http.authenticationProvider(provider)
                .addFilterBefore(new SessionVersionFilter(versions), AuthorizationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/", "/l/**", "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/robots.txt", "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(RelativeRedirects.afterSignIn("/app"))
                        .failureUrl("/login?error"))
                .exceptionHandling(e -> e.authenticationEntryPoint(RelativeRedirects.toSignIn("/login")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(self), microphone=(), geolocation=()")));
        return http.build();
    }
}

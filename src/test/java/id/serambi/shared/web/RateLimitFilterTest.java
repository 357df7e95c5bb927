package id.serambi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.serambi.shared.Messages;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;
import tools.jackson.databind.json.JsonMapper;

class RateLimitFilterTest {

    final Messages messages = mock(Messages.class);
    final RateLimits limits = new RateLimits(new RateLimitProperties(3, 2), new Problems(messages),
            new ProblemWriter(JsonMapper.builder().build()), messages);
    final RateLimitFilter filter = new RateLimitFilter(limits);
    final PublicApiLimitFilter apiFilter = new PublicApiLimitFilter(limits);

    RateLimitFilterTest() {
        when(messages.get(anyString(), any(Object[].class))).thenReturn("terlalu banyak");
        when(messages.get(anyString())).thenReturn("terlalu banyak");
    }

    @Test
    void refusesThePublicAfterItsAllowanceWithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/v1/libraries/lebak/complaints", "10.0.0.1", null).getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = post("/api/v1/libraries/lebak/complaints", "10.0.0.1", null);

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("RATE_LIMITED");
    }

    @Test
    void countsEachClientAddressSeparately() throws Exception {
        for (int i = 0; i < 4; i++) {
            post("/l/lebak/pengaduan", "10.0.0.2", null);
        }

        assertThat(post("/l/lebak/pengaduan", "10.0.0.3", null).getStatus()).isEqualTo(200);
        assertThat(post("/l/lebak/pengaduan", "10.0.0.2", null).getStatus()).isEqualTo(429);
    }

    @Test
    void throttlesSignInAttempts() throws Exception {
        post("/login", "10.0.0.4", null);
        post("/login", "10.0.0.4", null);

        assertThat(post("/login", "10.0.0.4", null).getStatus()).isEqualTo(429);
    }

    @Test
    void leavesSignedInStaffAndReadsAlone() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(1, "petugas", null, "Petugas", 1, "lebak", Set.of(Role.PETUGAS), true, null),
                null, List.of()));
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(post("/api/v1/libraries/lebak/visits", "10.0.0.5", "Basic eDp5").getStatus())
                        .isEqualTo(200);
                MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/libraries");
                read.setRemoteAddr("10.0.0.5");
                MockHttpServletResponse response = new MockHttpServletResponse();
                filter.doFilter(read, response, new MockFilterChain());
                assertThat(response.getStatus()).isEqualTo(200);
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anAuthorizationHeaderThatSignsNobodyInIsNoExemption() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/v1/libraries/lebak/complaints", "10.0.0.6", "Bearer x").getStatus())
                    .isEqualTo(200);
        }

        assertThat(post("/api/v1/libraries/lebak/complaints", "10.0.0.6", "Bearer x").getStatus()).isEqualTo(429);
    }

    private MockHttpServletResponse post(String path, String address, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain afterSecurity = new MockFilterChain();
        filter.doFilter(request, response, (req, res) -> apiFilter.doFilter(req, res, afterSecurity));
        return response;
    }
}

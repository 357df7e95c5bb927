package id.serambi.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form post the server will not read (over the container's 2 MB, or malformed) gets its 413 or 400 here, before
 * anything asks for a parameter: the container throws that failure again at every later parameter read, so the
 * error page and every filter after this one would fail with it (a 500 logged as {@code GET /error}). The error page
 * is shown to a request that stands for the refused one without its body, logged once with its real path.
 */
@Configuration(proxyBeanMethods = false)
class FormSizeFilter {

    private static final Logger log = LoggerFactory.getLogger(FormSizeFilter.class);

    /** After the language is known (the page is in the user's language), before security (which reads _csrf). */
    static final int ORDER = RateLimitConfiguration.ORDER + 1;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> formSizeFilterRegistration() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(ORDER);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            int status;
            try {
                request.getParameterMap();
                chain.doFilter(request, response);
                return;
            } catch (InvalidParameterException refused) {
                status = refused.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                        ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST;
            }
            log.info("Form post refused with {}: {} {} ({} bytes)", status, request.getMethod(),
                    request.getRequestURI(), request.getContentLengthLong());
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(status);
            request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
        }
    }

    /** The refused request as the error page sees it: a read without parameters, so nothing parses its body again. */
    static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}

package id.serambi.shared.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Over HTTPS (directly or behind a trusted TLS proxy) every cookie the application sets is {@code Secure}: Tomcat
 * does it for the session cookie, this filter for the others (the language cookie). Plain HTTP is left alone so that
 * the quick start on {@code http://localhost} keeps working.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecureCookieFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
    }

    /** Adds {@code Secure} to every cookie set through the response. */
    static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        static String secured(String name, String value) {
            if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)
                    || value.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*secure(\\s*;.*|\\s*)$")) {
                return value;
            }
            return value + "; Secure";
        }
    }
}

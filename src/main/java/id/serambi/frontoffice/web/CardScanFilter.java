package id.serambi.frontoffice.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.serambi.accounts.RememberedSignIn;
import id.serambi.frontoffice.FrontOfficeService;
import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.DomainException;
import id.serambi.shared.security.StaffPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quick path of the busiest endpoint, {@code POST /api/v1/libraries/{lib}/visits} with a card scan: a queue of
 * desk clients and kiosks scanning cards should cost the server a little more than the database's own insert, not a
 * trip through the security chain, the handler lookup and the transaction machinery for every card.
 *
 * <p>It answers only what it can answer exactly like the full way: HTTP Basic credentials checked within the minute
 * (answered from the sign-in memory), the library's own staff or the administrator, a JSON card scan that the
 * guest book records without refusal or warning. Everything else — including every error — goes on down the normal
 * chain with the body as it came, nothing written, and gets the usual answer (401, 403, 404, 4xx in the reader's
 * language). The response carries the same body and the same security headers as the full way.
 */
class CardScanFilter extends HttpFilter {

    private static final Pattern PATH = Pattern.compile("/api/v1/libraries/([a-z0-9-]{1,40})/visits");
    private static final int MAX_BODY = 4096;

    private final transient RememberedSignIn signIn;
    private final transient LibraryService libraries;
    private final transient FrontOfficeService frontOffice;
    private final transient JsonMapper json;

    CardScanFilter(RememberedSignIn signIn, LibraryService libraries, FrontOfficeService frontOffice,
            JsonMapper json) {
        this.signIn = signIn;
        this.libraries = libraries;
        this.frontOffice = frontOffice;
        this.json = json;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher path = "POST".equals(request.getMethod()) ? PATH.matcher(request.getRequestURI()) : null;
        // a call with query parameters (a case in hand: ?caseId=) takes the full way, where its steps are recorded
        if (path == null || !path.matches() || !acceptsJson(request) || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> staff = signIn.fromBasicHeader(request.getHeader("Authorization"));
        Library library = staff.isPresent() ? library(path.group(1)) : null;
        if (library == null || !staff.get().worksIn(library.idValue())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Optional<VisitReceipt> receipt = record(library, body, staff.get());
        if (receipt.isEmpty()) {
            chain.doFilter(new ReadAgain(request, body), response);
            return;
        }
        VisitResponse answer = VisitResponse.of(receipt.get(), null);
        response.setStatus(answer.status());
        securityHeaders(request, response);
        response.setContentType("application/json");
        byte[] bytes = json.writeValueAsBytes(answer);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The headers Spring Security writes on every answer of the API chain (CardScanFilterIT compares them). */
    private static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }

    private Optional<VisitReceipt> record(Library library, byte[] body, StaffPrincipal staff) {
        try {
            NewVisit visit = json.readValue(body, NewVisit.class);
            return visit == null ? Optional.empty()
                    : frontOffice.recordScanQuickly(library, visit, staff.accountId());
        } catch (JacksonException | DomainException unreadable) {
            return Optional.empty();
        }
    }

    /** A small JSON body, and a client that takes JSON: anything else is for the full way to answer. */
    private static boolean acceptsJson(HttpServletRequest request) {
        String type = request.getContentType();
        String accept = request.getHeader("Accept");
        long length = request.getContentLengthLong();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json")
                && length > 0 && length <= MAX_BODY
                && (accept == null || accept.contains("application/json") || accept.contains("*/*"));
    }

    private Library library(String code) {
        try {
            return libraries.require(code);
        } catch (DomainException unknown) {
            return null;
        }
    }

    /** The request with its body read once here and served again to the rest of the chain. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The whole body is in memory: it is available at once and then all read.
                    try {
                        if (!isFinished()) {
                            listener.onDataAvailable();
                        }
                        if (isFinished()) {
                            listener.onAllDataRead();
                        }
                    } catch (IOException | RuntimeException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}

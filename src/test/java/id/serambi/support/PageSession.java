package id.serambi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A visitor's pages over real HTTP: the session cookie kept, forms posted with the page's CSRF token. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final int port;
    private String csrf;

    public PageSession(int port) {
        this.port = port;
    }

    /** Fetches a page (following redirects) and keeps its CSRF token for the next post. */
    public String get(String path) {
        String body = send(HttpRequest.newBuilder(uri(path)).GET()).body();
        remember(body);
        return body;
    }

    /** Posts a form with the last page's CSRF token; answers the page shown after redirects. */
    public String post(String path, Map<String, String> fields) {
        assertThat(csrf).as("a page with a CSRF field fetched before posting").isNotNull();
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        String body = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).body();
        remember(body);
        return body;
    }

    /** The session cookie's current value, or null. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SERAMBI_SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A page without its CSRF token, which differs from page to page, so that two answers can be compared. */
    public static String withoutCsrfToken(String page) {
        return page.replaceAll("value=\"[^\"]{30,}\"", "value=\"\"").replaceAll("content=\"[^\"]{30,}\"", "");
    }

    private void remember(String body) {
        Matcher matcher = CSRF.matcher(body);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

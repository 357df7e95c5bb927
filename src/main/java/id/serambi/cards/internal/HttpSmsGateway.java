package id.serambi.cards.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import tools.jackson.databind.json.JsonMapper;

/** Posts {@code {"to": "+62…", "text": "…"}} as JSON to the configured URL ({@code SERAMBI_SMS_URL}). */
final class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI url;

    HttpSmsGateway(String url) {
        this.url = URI.create(url);
    }

    @Override
    public void send(String toE164, String text) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("to", toE164, "text", text))))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw unavailable();
            }
        } catch (IOException e) {
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private static DomainException unavailable() {
        return new DomainException(HttpStatus.BAD_GATEWAY, "SMS_FAILED", "cards.code.smsFailed");
    }
}

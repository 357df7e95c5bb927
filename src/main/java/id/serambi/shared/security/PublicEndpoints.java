package id.serambi.shared.security;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * API endpoints a module opens to the public (no sign-in). Each module declares its own as a bean; everything else
 * under {@code /api} needs a staff account.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    /** One method and path pattern, e.g. {@code GET /api/v1/libraries/*}. */
    public record Endpoint(HttpMethod method, String pattern) {
    }

    public static PublicEndpoints of(Endpoint... endpoints) {
        return new PublicEndpoints(List.of(endpoints));
    }

    public static Endpoint get(String pattern) {
        return new Endpoint(HttpMethod.GET, pattern);
    }

    public static Endpoint post(String pattern) {
        return new Endpoint(HttpMethod.POST, pattern);
    }

    public static Endpoint put(String pattern) {
        return new Endpoint(HttpMethod.PUT, pattern);
    }
}

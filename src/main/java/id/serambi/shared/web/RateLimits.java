package id.serambi.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;

import id.serambi.shared.Messages;
import id.serambi.shared.ProblemCodes;
import id.serambi.shared.security.CurrentStaff;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The allowances of the public per client address and minute, and the 429 with {@code Retry-After} once one is
 * spent. Who is exempt is decided on who the request turned out to be (a signed-in staff member), never on which
 * headers it carries: an {@code Authorization} header that does not sign anybody in counts like none.
 */
public class RateLimits {

    static final int MAX_CLIENTS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitProperties limits;
    private final Problems problems;
    private final ProblemWriter writer;
    private final Messages messages;

    public RateLimits(RateLimitProperties limits, Problems problems, ProblemWriter writer, Messages messages) {
        this.limits = limits;
        this.problems = problems;
        this.writer = writer;
        this.messages = messages;
    }

    /** Is this a write to the API, which the public may make only within its allowance? */
    public static boolean isApiWrite(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && !isRead(request);
    }

    static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /**
     * Charges an API write that no staff member is signed in for (after authentication, or where it failed) to its
     * address's public allowance; false, with the 429 written, once that is spent.
     */
    public boolean admitPublicApiWrite(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!isApiWrite(request) || CurrentStaff.get().isPresent()) {
            return true;
        }
        return admit(Limit.PUBLIC, request, response);
    }

    boolean admit(Limit limit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsumptionProbe probe = bucket(limit, request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        String detail = messages.get("ratelimit.retry", seconds);
        if (request.getRequestURI().startsWith("/api/")) {
            writer.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.RATE_LIMITED, detail,
                    List.of(), request.getRequestURI()).getBody());
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), detail);
        }
        return false;
    }

    private Bucket bucket(Limit limit, String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(limit.name() + "|" + client, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.perMinute(limits))
                        .refillGreedy(limit.perMinute(limits), Duration.ofMinutes(1)).build())
                .build());
    }

    /** The two limits, each with its own buckets. */
    enum Limit {
        PUBLIC, LOGIN;

        int perMinute(RateLimitProperties properties) {
            return this == LOGIN ? properties.loginPerMinute() : properties.publicPerMinute();
        }
    }
}

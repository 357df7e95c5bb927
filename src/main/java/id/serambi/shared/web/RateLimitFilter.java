package id.serambi.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import id.serambi.shared.Messages;
import id.serambi.shared.ProblemCodes;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits what the public may send, per client address: writes to {@code /api} without staff credentials (online
 * registration, complaints, surveys), form posts of the public pages ({@code /l/…}) and sign-in attempts. Answers
 * 429 with {@code Retry-After}. Staff using the API with their credentials are limited by the account lockout.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    static final int MAX_CLIENTS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitProperties limits;
    private final Problems problems;
    private final ProblemWriter writer;
    private final Messages messages;

    public RateLimitFilter(RateLimitProperties limits, Problems problems, ProblemWriter writer, Messages messages) {
        this.limits = limits;
        this.problems = problems;
        this.writer = writer;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limitFor(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = limitFor(request);
        ConsumptionProbe probe = bucket(limit, request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
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

    static Limit limitFor(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return null;
        }
        if ("POST".equals(method) && "/login".equals(path)) {
            return Limit.LOGIN;
        }
        if (path.startsWith("/api/") && request.getHeader("Authorization") == null) {
            return Limit.PUBLIC;
        }
        return path.startsWith("/l/") ? Limit.PUBLIC : null;
    }

    /** The two limits, each with its own buckets. */
    enum Limit {
        PUBLIC, LOGIN;

        int perMinute(RateLimitProperties properties) {
            return this == LOGIN ? properties.loginPerMinute() : properties.publicPerMinute();
        }
    }
}

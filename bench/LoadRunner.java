// Shared load loop of the bench/*Load.java programs: N threads, each with its own HTTP connection, send requests for
// a fixed time (or until a number of requests is reached) after a warm-up, and report throughput and latency
// percentiles. Launched with the programs as a multi-file source program (JDK 22+ finds it in this directory).
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

final class LoadRunner {

    /** What one run measured: every successful latency (ns, sorted), failures and the wall time. */
    record Result(long[] latencies, long failures, double seconds) {

        double perSecond() {
            return latencies.length / seconds;
        }

        double percentileMs(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)] / 1e6;
        }

        /** One line per figure, each name prefixed, e.g. {@code http_checkins_per_second=…}. */
        void print(String prefix) {
            System.out.printf("%s=%d%n", prefix, latencies.length);
            System.out.printf("%s_failures=%d%n", prefix, failures);
            System.out.printf("%s_seconds=%.1f%n", prefix, seconds);
            System.out.printf("%s_per_second=%.1f%n", prefix, perSecond());
            System.out.printf("%s_p50_ms=%.2f%n", prefix, percentileMs(0.50));
            System.out.printf("%s_p95_ms=%.2f%n", prefix, percentileMs(0.95));
            System.out.printf("%s_p99_ms=%.2f%n", prefix, percentileMs(0.99));
        }
    }

    /** Called with each successful response's body, from the sending thread. */
    interface Sink {
        void accept(long sequence, String body);
    }

    private final int connections;
    private final int expectedStatus;
    private final LongFunction<HttpRequest> requests;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong firstFailureShown = new AtomicLong();
    private Sink sink = (sequence, response) -> { };

    LoadRunner(int connections, int expectedStatus, LongFunction<HttpRequest> requests) {
        this.connections = connections;
        this.expectedStatus = expectedStatus;
        this.requests = requests;
    }

    LoadRunner onSuccess(Sink sink) {
        this.sink = sink;
        return this;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Lets the JIT compile the request path first, with the same concurrency, so that the run measures it warm. */
    void warmUp(int seconds) throws InterruptedException {
        if (seconds > 0) {
            run(seconds, Long.MAX_VALUE);
            failures.set(0);
        }
    }

    /** Sends for {@code seconds} or until {@code maxRequests} were sent, whichever comes first. */
    Result run(int seconds, long maxRequests) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long limit = maxRequests == Long.MAX_VALUE ? Long.MAX_VALUE : sequence.get() + maxRequests;
        long[][] perThread = new long[connections][];
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().start(() -> perThread[index] = loop(end, limit)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(all, failures.get(), elapsed);
    }

    /** BENCH_CLIENT=jdk sends with the JDK's HttpClient instead of the lean RawHttp client. */
    private static final boolean JDK_CLIENT = "jdk".equals(System.getenv("BENCH_CLIENT"));

    private long[] loop(long end, long limit) {
        HttpClient client = JDK_CLIENT ? HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build() : null;
        RawHttp raw = new RawHttp();
        long[] latencies = new long[1 << 12];
        int count = 0;
        while (System.nanoTime() < end) {
            long n = sequence.getAndIncrement();
            if (n >= limit) {
                break;
            }
            HttpRequest request = requests.apply(n);
            long t0 = System.nanoTime();
            try {
                RawHttp.Response response;
                if (client != null) {
                    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
                    response = new RawHttp.Response(answer.statusCode(), answer.body());
                } else {
                    response = raw.send(request);
                }
                long took = System.nanoTime() - t0;
                if (response.status() != expectedStatus) {
                    fail(response.status() + " " + response.body());
                    continue;
                }
                sink.accept(n, response.body());
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = took;
            } catch (Exception e) {
                fail(e.toString());
                try {
                    raw.close();
                } catch (java.io.IOException ignored) {
                    // the next request opens a new connection
                }
            }
        }
        try {
            raw.close();
        } catch (java.io.IOException ignored) {
            // nothing left to send
        }
        return Arrays.copyOf(latencies, count);
    }

    /** Counts a failure and shows the first one on stderr, so that a misconfigured run explains itself. */
    private void fail(String what) {
        failures.incrementAndGet();
        if (firstFailureShown.getAndIncrement() == 0) {
            System.err.println("first failure: " + (what.length() > 500 ? what.substring(0, 500) : what));
        }
    }
}

// Load generator for bench/checkin.sh: N threads, each with its own HTTP connection, post card scans for a fixed
// time and print throughput and latency percentiles. Run as a single-file program (java CheckinLoad.java ...).
import java.net.URI;
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

public class CheckinLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        int members = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        AtomicLong sequence = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        int warmUpSeconds = args.length > 6 ? Integer.parseInt(args[6]) : seconds;
        warmUp(url, auth, members, connections, warmUpSeconds, sequence, failures);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            perThread.add(null);
            int index = i;
            Thread thread = Thread.ofPlatform().start(() -> {
                long[] latencies = run(url, auth, members, sequence, failures, end);
                synchronized (perThread) {
                    perThread.set(index, latencies);
                }
            });
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf("http_checkins=%d%n", all.length);
        System.out.printf("http_failures=%d%n", failures.get());
        System.out.printf("http_seconds=%.1f%n", elapsed);
        System.out.printf("http_checkins_per_second=%.1f%n", all.length / elapsed);
        System.out.printf("http_p50_ms=%.2f%n", percentile(all, 0.50) / 1e6);
        System.out.printf("http_p99_ms=%.2f%n", percentile(all, 0.99) / 1e6);
    }

    /** Lets the JIT compile the request path first, with the same concurrency, so that the run measures it warm. */
    private static void warmUp(String url, String auth, int members, int connections, int seconds, AtomicLong sequence,
            AtomicLong failures) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            threads.add(Thread.ofPlatform().start(() -> run(url, auth, members, sequence, failures, end)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("warm_up_seconds=%d%n", seconds);
        System.out.printf("warm_up_failures=%d%n", failures.getAndSet(0));
    }

    private static long[] run(String url, String auth, int members, AtomicLong sequence, AtomicLong failures,
            long end) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long[] latencies = new long[1 << 16];
        int count = 0;
        while (System.nanoTime() < end) {
            long member = sequence.getAndIncrement() % members + 1;
            String body = "{\"memberNumber\":\"B" + member + "\",\"purpose\":\"READING\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    failures.incrementAndGet();
                    continue;
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                continue;
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, count);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}

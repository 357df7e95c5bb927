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
        long[] cpuBefore = ProcessCpu.ticks();
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
        long[] cpuAfter = ProcessCpu.ticks();
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        ProcessCpu.print(cpuBefore, cpuAfter, all.length);
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

    /**
     * CPU time of the app and of PostgreSQL per request, read from /proc: a figure that stays meaningful when other
     * work shares the machine, unlike throughput. The process ids come from BENCH_APP_PID and BENCH_PG_PID (the
     * postmaster; its backends are counted with it).
     */
    static final class ProcessCpu {

        static long[] ticks() {
            String app = System.getenv("BENCH_APP_PID");
            return new long[] {tree(app), tree(System.getenv("BENCH_PG_PID")), requestThreads(app)};
        }

        static void print(long[] before, long[] after, long requests) {
            if (requests == 0 || System.getenv("BENCH_APP_PID") == null) {
                return;
            }
            double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
            System.out.printf("app_cpu_ms_per_checkin=%.3f%n", (after[0] - before[0]) * msPerTick / requests);
            System.out.printf("postgres_cpu_ms_per_checkin=%.3f%n", (after[1] - before[1]) * msPerTick / requests);
            System.out.printf("app_request_threads_cpu_ms_per_checkin=%.3f%n",
                    (after[2] - before[2]) * msPerTick / requests);
        }

        /** User + system ticks of a process and its direct children. */
        private static long tree(String pid) {
            if (pid == null || pid.isBlank()) {
                return 0;
            }
            long total = 0;
            java.io.File[] entries = new java.io.File("/proc").listFiles();
            for (java.io.File entry : entries == null ? new java.io.File[0] : entries) {
                if (!entry.getName().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] stat = stat(entry.getName());
                if (stat != null && (entry.getName().equals(pid.trim()) || stat[1].equals(pid.trim()))) {
                    total += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
            return total;
        }

        /** Ticks of the app's HTTP request threads only: the request path without the JIT compiler and the GC. */
        private static long requestThreads(String pid) {
            java.io.File[] tasks = pid == null ? null : new java.io.File("/proc/" + pid.trim() + "/task").listFiles();
            long total = 0;
            for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
                try {
                    String line = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                    String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    if (name.startsWith("http-nio")) {
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
            return total;
        }

        /** The fields of /proc/PID/stat after the command name: state, ppid, ..., utime (index 11), stime (12). */
        private static String[] stat(String pid) {
            try {
                String line = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
                return line.substring(line.lastIndexOf(')') + 2).split(" ");
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }
}

// CPU time of the app and of PostgreSQL per request, read from /proc, for the bench/*Load.java programs: a figure that
// stays meaningful when other work shares the machine, unlike throughput. The process ids come from BENCH_APP_PID and
// BENCH_PG_PID (the postmaster; its backends are counted with it), which bench/lib.sh sets.
final class ProcessCpu {

    static long[] ticks() {
        String app = System.getenv("BENCH_APP_PID");
        return new long[] {tree(app), tree(System.getenv("BENCH_PG_PID")), requestThreads(app),
            tree(String.valueOf(ProcessHandle.current().pid()))};
    }

    static void print(long[] before, long[] after, long requests, String noun) {
        if (requests == 0 || System.getenv("BENCH_APP_PID") == null) {
            return;
        }
        double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
        System.out.printf("app_cpu_ms_per_" + noun + "=%.3f%n", (after[0] - before[0]) * msPerTick / requests);
        System.out.printf("postgres_cpu_ms_per_" + noun + "=%.3f%n", (after[1] - before[1]) * msPerTick / requests);
        System.out.printf("app_request_threads_cpu_ms_per_" + noun + "=%.3f%n",
                (after[2] - before[2]) * msPerTick / requests);
        System.out.printf("load_generator_cpu_ms_per_" + noun + "=%.3f%n", (after[3] - before[3]) * msPerTick / requests);
    }

    /** Ticks per thread group of the app (thread names without their numbers), for the breakdown line. */
    static java.util.Map<String, Long> groups() {
        String pid = System.getenv("BENCH_APP_PID");
        java.util.Map<String, Long> groups = new java.util.TreeMap<>();
        java.io.File[] tasks = pid == null ? null : new java.io.File("/proc/" + pid.trim() + "/task").listFiles();
        for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
            try {
                String line = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')).replaceAll("[0-9]+", "#");
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                groups.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
            } catch (java.io.IOException | RuntimeException e) {
                // a thread that ended meanwhile
            }
        }
        return groups;
    }

    /** The app's CPU per request by thread group, largest first (ms), on one comment line. */
    static void printGroups(java.util.Map<String, Long> before, java.util.Map<String, Long> after, long requests) {
        if (requests == 0 || after.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("# app cpu ms per request by thread:");
        after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).forEach(e -> line.append(String.format(" %s=%.3f", e.getKey(), e.getValue() * 10.0 / requests)));
        System.out.println(line);
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

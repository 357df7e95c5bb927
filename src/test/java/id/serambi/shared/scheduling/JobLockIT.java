package id.serambi.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.support.IntegrationTest;

/** Two servers on one database: two locks with connections of their own, as two processes would have. */
@IntegrationTest
class JobLockIT {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    private JobLock serverA;
    private JobLock serverB;

    @BeforeEach
    void twoServers() {
        serverA = new JobLock(dataSource, "server-a");
        serverB = new JobLock(dataSource, "server-b");
    }

    @Test
    void theServersOwnJobsRunUnderTheLock() throws Exception {
        String me = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> claimed = List.of();
        while (!claimed.contains("membership.merge-name-indexes") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            claimed = jdbc.sql("select name from shared_job_lock where locked_by = ?").param(me).query(String.class)
                    .list();
        }
        assertThat(claimed).as("the every-second job, claimed by this server").contains("membership.merge-name-indexes");
    }

    @Test
    void twoServersStartingTheSameJobAtOnceRunItOnce() throws Exception {
        String job = "test.at-once-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = servers.invokeAll(List.of(
                    () -> startTogether(together, serverA, job, runs),
                    () -> startTogether(together, serverB, job, runs)));

            assertThat(runs).hasValue(1);
            assertThat(List.of(ran.get(0).get(), ran.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void noSecondServerRunsTheJobWhileItRunsEvenWithoutAHold() throws Exception {
        String job = "test.while-running-" + UUID.randomUUID();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService server = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = server.submit(() -> serverA.run(job, Duration.ZERO, () -> {
                running.countDown();
                await(finish);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(serverB.run(job, Duration.ZERO, () -> { })).as("while A runs it").isFalse();
            finish.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(serverB.run(job, Duration.ZERO, () -> { })).as("after A ended, with no hold").isTrue();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aStartHoldsTheJobForItsHoldByTheDatabaseClock() {
        String job = "test.hold-" + UUID.randomUUID();
        assertThat(serverA.run(job, Duration.ofSeconds(2), () -> { })).isTrue();

        assertThat(serverB.run(job, Duration.ofSeconds(2), () -> { })).as("within the hold").isFalse();
        assertThat(serverA.run(job, Duration.ofSeconds(2), () -> { })).as("the same server too").isFalse();
        assertThat(jdbc.sql("select locked_by from shared_job_lock where name = ?").param(job).query(String.class)
                .single()).isEqualTo("server-a");
    }

    @Test
    void aCrashedServersClaimExpiresAfterItsHold() throws Exception {
        String job = "test.crash-" + UUID.randomUUID();
        Duration hold = Duration.ofSeconds(3);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        ExecutorService server = Executors.newSingleThreadExecutor();
        try {
            long started = System.nanoTime();
            server.submit(() -> serverA.run(job, hold, () -> {
                running.countDown();
                await(never);
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            killTheSessionHolding(JobLock.key(job));

            assertThat(serverB.run(job, hold, () -> { })).as("A's claim still holds").isFalse();
            boolean ran = false;
            while (!ran && System.nanoTime() - started < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(200);
                ran = serverB.run(job, hold, () -> { });
            }
            assertThat(ran).as("B runs it once A's claim ran out").isTrue();
            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(hold.toNanos() - 100_000_000);
            assertThat(jdbc.sql("select locked_by from shared_job_lock where name = ?").param(job)
                    .query(String.class).single()).isEqualTo("server-b");
        } finally {
            never.countDown();
            server.shutdownNow();
        }
    }

    /** What the database does when a server's process dies: its session ends and the session's locks with it. */
    private void killTheSessionHolding(long key) {
        boolean killed = jdbc.sql("""
                select pg_terminate_backend(pid) from pg_locks
                where locktype = 'advisory' and granted and objsubid = 1
                  and ((classid::bigint << 32) | objid::bigint) = ?""").param(key).query(Boolean.class).single();
        assertThat(killed).isTrue();
    }

    private static boolean startTogether(CyclicBarrier together, JobLock server, String job, AtomicInteger runs)
            throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return server.run(job, Duration.ofSeconds(30), () -> {
            runs.incrementAndGet();
            sleep(500);
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package id.serambi.shared.scheduling;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Runs a job on one server of those sharing a database. Two locks, both in PostgreSQL:
 * <ul>
 * <li>while it runs, a session advisory lock on a connection of its own, so no other server runs it at the same time
 * however long it takes; a crashed server's connection ends and the lock with it;</li>
 * <li>for {@code hold} after the start, the job's row in {@code shared_job_lock} ({@code locked_until}, by the
 * database's clock, so servers whose clocks disagree still agree), so that a server whose schedule fires a little
 * later does not run it again; a crashed server's claim ends when {@code locked_until} passes.</li>
 * </ul>
 */
@Component
public class JobLock {

    private static final Logger log = LoggerFactory.getLogger(JobLock.class);

    private static final String CLAIM = """
            insert into shared_job_lock (name, locked_until, locked_by)
            values (?, clock_timestamp() + make_interval(secs => ?), ?)
            on conflict (name) do update set locked_until = excluded.locked_until, locked_by = excluded.locked_by
            where shared_job_lock.locked_until <= clock_timestamp()""";

    private final DataSource dataSource;
    private final String holder;

    @Autowired
    public JobLock(DataSource dataSource) {
        this(dataSource, ManagementFactory.getRuntimeMXBean().getName());
    }

    /** {@code holder} names this server in {@code locked_by} (by default its process id and host). */
    public JobLock(DataSource dataSource, String holder) {
        this.dataSource = dataSource;
        this.holder = holder;
    }

    /** Runs {@code work} unless another server runs the job now or started it less than {@code hold} ago. */
    public boolean run(String job, Duration hold, Runnable work) {
        return call(job, hold, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #run}: what {@code work} answered, or empty when another server has the job. */
    public <T> Optional<T> call(String job, Duration hold, Supplier<T> work) {
        long key = key(job);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!bool(connection, "select pg_try_advisory_lock(?)", key)) {
                log.debug("Job {} skipped: another server runs it", job);
                return Optional.empty();
            }
            try {
                if (!hold.isZero() && !claim(connection, job, hold)) {
                    log.debug("Job {} skipped: another server started it within {}", job, hold);
                    return Optional.empty();
                }
                return Optional.ofNullable(work.get());
            } finally {
                unlock(connection, job, key);
            }
        } catch (SQLException e) {
            throw new SQLErrorCodeSQLExceptionTranslator(dataSource).translate("job lock " + job, null, e);
        }
    }

    private boolean claim(Connection connection, String job, Duration hold) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setString(1, job);
            statement.setDouble(2, hold.toMillis() / 1000.0);
            statement.setString(3, holder);
            return statement.executeUpdate() == 1;
        }
    }

    private static void unlock(Connection connection, String job, long key) {
        try {
            bool(connection, "select pg_advisory_unlock(?)", key);
        } catch (SQLException e) {
            log.warn("Could not release job {}'s lock; it ends with its connection", job, e);
            try {
                connection.abort(Runnable::run);
            } catch (SQLException ignored) {
                // the connection is closed either way
            }
        }
    }

    private static boolean bool(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The advisory lock's key: the first eight bytes of the name's SHA-256, apart from other advisory locks' keys. */
    static long key(String job) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("serambi-job:" + job).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

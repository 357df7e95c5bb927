package id.serambi.shared.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statements that commit as soon as they run, on a pool of their own, whatever transaction the caller is in: for a
 * counter row that must not stay locked until the caller's whole transaction commits.
 */
public final class AutonomousStatements {

    private final JdbcClient jdbc;

    AutonomousStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each statement through this client is its own transaction (autocommit). */
    public JdbcClient jdbc() {
        return jdbc;
    }
}

package id.serambi.support;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Spring Modulith's event publication registry (table {@code event_publication}) as a test reads it. */
public final class Outbox {

    private Outbox() {
    }

    /**
     * The statuses of the publications still held for a listener (its class's simple name) whose event mentions the
     * given text, oldest first; a finished publication is deleted (completion mode {@code delete}).
     */
    public static List<String> held(JdbcClient jdbc, String listener, String mentioning) {
        return jdbc.sql("""
                select status from event_publication
                where listener_id like ? and serialized_event like ? and completion_date is null
                order by publication_date""")
                .params("%." + listener + ".%", "%" + mentioning + "%").query(String.class).list();
    }
}

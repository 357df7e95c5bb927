package id.serambi.cards.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** How many cards were printed and handed over in a period, for reports. */
@Repository
public class CardCounts {

    private final JdbcClient jdbc;

    CardCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long printed(LibraryId library, Instant from, Instant to) {
        return count("select count(*) from card_issue where library_id = ? and printed_at >= ? and printed_at < ?",
                library, from, to);
    }

    public long handedOver(LibraryId library, Instant from, Instant to) {
        return count("select count(*) from card_handover where library_id = ? and handed_over_at >= ?"
                + " and handed_over_at < ?", library, from, to);
    }

    private long count(String sql, LibraryId library, Instant from, Instant to) {
        return jdbc.sql(sql).params(library.value(), Timestamp.from(from), Timestamp.from(to)).query(Long.class)
                .single();
    }
}

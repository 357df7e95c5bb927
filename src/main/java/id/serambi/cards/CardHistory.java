package id.serambi.cards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;

/** A member's card history as the member sees it: each card printed, laminated and handed over. */
@Service
@Transactional(readOnly = true)
public class CardHistory {

    /** One event in a card's life. */
    public record Event(String kind, Instant at) {
    }

    private final JdbcClient jdbc;

    CardHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Event> of(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select 'PRINTED' as kind, printed_at as at from card_issue where library_id = ? and member_number = ?
                union all
                select 'LAMINATED', laminated_at from card_issue
                where library_id = ? and member_number = ? and laminated_at is not null
                union all
                select 'HANDED_OVER', handed_over_at from card_handover where library_id = ? and member_number = ?
                order by at""")
                .params(library.value(), memberNumber, library.value(), memberNumber, library.value(), memberNumber)
                .query((rs, row) -> new Event(rs.getString("kind"), rs.getObject("at", Timestamp.class).toInstant()))
                .list();
    }
}

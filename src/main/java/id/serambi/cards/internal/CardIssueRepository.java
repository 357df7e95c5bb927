package id.serambi.cards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.CardBatch;
import id.serambi.cards.CardIssue;
import id.serambi.libraries.LibraryId;

/** Cards printed, one row per card, and the batches they were printed in. */
@Repository
public class CardIssueRepository {

    private static final String BATCHES = """
            select b.id, b.printed_at, b.staff_name, b.single,
                   array(select i.member_number from card_issue i
                         where i.library_id = b.library_id and i.batch_id = b.id order by i.id) as numbers
            from card_batch b where b.library_id = ?""";

    private final JdbcClient jdbc;

    CardIssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long newBatch(LibraryId library, Instant at, Long staff, String staffName, int cards, boolean single) {
        return jdbc.sql("""
                insert into card_batch (library_id, printed_at, printed_by, staff_name, card_count, single)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(library.value(), Timestamp.from(at), staff, staffName, cards, single)
                .query(Long.class).single();
    }

    public long issue(LibraryId library, String memberNumber, Instant at, Long staff, String staffName, Long batch,
            Long replaces) {
        return jdbc.sql("""
                insert into card_issue (library_id, member_number, printed_at, printed_by, staff_name, batch_id,
                    replaces_card_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(library.value(), memberNumber, Timestamp.from(at), staff, staffName, batch, replaces)
                .query(Long.class).single();
    }

    /** The member's newest card, the one in use. */
    public Optional<CardIssue> latest(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select * from card_issue where library_id = ? and member_number = ?
                order by printed_at desc, id desc limit 1""")
                .params(library.value(), memberNumber)
                .query(CardIssueRepository::issue).optional();
    }

    public boolean laminate(LibraryId library, long card, Instant at, Long staff) {
        return jdbc.sql("""
                update card_issue set laminated_at = ?, laminated_by = ?
                where library_id = ? and id = ? and laminated_at is null""")
                .params(Timestamp.from(at), staff, library.value(), card)
                .update() == 1;
    }

    /** Whether the applicant was told that this card is ready for pick-up. */
    public boolean pickupNotified(LibraryId library, long card) {
        return jdbc.sql("select pickup_notified_at is not null from card_issue where library_id = ? and id = ?")
                .params(library.value(), card).query(Boolean.class).optional().orElse(true);
    }

    public void markPickupNotified(LibraryId library, long card, Instant at) {
        jdbc.sql("update card_issue set pickup_notified_at = ? where library_id = ? and id = ? "
                + "and pickup_notified_at is null").params(Timestamp.from(at), library.value(), card).update();
    }

    public List<CardBatch> batches(LibraryId library, int limit) {
        return jdbc.sql(BATCHES + " order by b.printed_at desc, b.id desc limit ?")
                .params(library.value(), limit)
                .query(CardIssueRepository::batch).list();
    }

    public Optional<CardBatch> batch(LibraryId library, long id) {
        return jdbc.sql(BATCHES + " and b.id = ?").params(library.value(), id)
                .query(CardIssueRepository::batch).optional();
    }

    private static CardIssue issue(ResultSet rs, int row) throws SQLException {
        Timestamp laminated = rs.getTimestamp("laminated_at");
        return new CardIssue(rs.getLong("id"), rs.getString("member_number"),
                rs.getTimestamp("printed_at").toInstant(), rs.getString("staff_name"),
                rs.getObject("batch_id", Long.class), rs.getObject("replaces_card_id", Long.class),
                laminated == null ? null : laminated.toInstant());
    }

    private static CardBatch batch(ResultSet rs, int row) throws SQLException {
        String[] numbers = (String[]) rs.getArray("numbers").getArray();
        return new CardBatch(rs.getLong("id"), rs.getTimestamp("printed_at").toInstant(), rs.getString("staff_name"),
                Arrays.asList(numbers), rs.getBoolean("single"));
    }
}

package id.serambi.cards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/**
 * Members' newest cards not yet handed over, of approved members (read through the front office's published view of
 * member cards, V155), longest waiting first.
 */
@Repository
public class WaitingCardRepository {

    /** A member's newest card and how far it got. */
    public record CardState(String memberNumber, String name, Instant printedAt, Instant laminatedAt,
            boolean handedOver) {

        /** Since when the card waits for its next step: its lamination, else its printing. */
        public Instant since() {
            return laminatedAt != null ? laminatedAt : printedAt;
        }
    }

    private final JdbcClient jdbc;

    WaitingCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest cards of approved members not handed over yet, oldest waiting first. */
    public List<CardState> notHandedOver(LibraryId library, int limit) {
        return jdbc.sql("""
                select i.member_number, m.full_name, i.printed_at, i.laminated_at, false as handed_over
                from card_issue i
                join frontoffice_member_card_public m
                  on m.library_id = i.library_id and m.member_number = i.member_number
                where i.library_id = ? and m.status = 'APPROVED'
                  and not exists (select 1 from card_issue n
                                  where n.library_id = i.library_id and n.member_number = i.member_number
                                    and (n.printed_at, n.id) > (i.printed_at, i.id))
                  and not exists (select 1 from card_handover h where h.library_id = i.library_id and h.card_id = i.id)
                order by coalesce(i.laminated_at, i.printed_at), i.member_number
                limit ?""")
                .params(library.value(), limit)
                .query(WaitingCardRepository::state).list();
    }

    /** The member's newest card and whether it was handed over; empty when none was printed. */
    public Optional<CardState> newest(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select i.member_number, null as full_name, i.printed_at, i.laminated_at,
                       exists (select 1 from card_handover h
                               where h.library_id = i.library_id and h.card_id = i.id) as handed_over
                from card_issue i
                where i.library_id = ? and i.member_number = ?
                order by i.printed_at desc, i.id desc limit 1""")
                .params(library.value(), memberNumber)
                .query(WaitingCardRepository::state).optional();
    }

    private static CardState state(ResultSet rs, int row) throws SQLException {
        Timestamp laminated = rs.getTimestamp("laminated_at");
        return new CardState(rs.getString("member_number"), rs.getString("full_name"),
                rs.getTimestamp("printed_at").toInstant(), laminated == null ? null : laminated.toInstant(),
                rs.getBoolean("handed_over"));
    }
}

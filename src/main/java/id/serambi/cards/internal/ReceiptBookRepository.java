package id.serambi.cards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.ReceiptEntry;
import id.serambi.libraries.LibraryId;

/** The hand-over receipt book: one row per card handed over, with the member's signature. */
@Repository
public class ReceiptBookRepository {

    private static final String COLUMNS = """
            id, member_number, member_name, card_id, handed_over_at, staff_name, phone_e164, phone_confirmed,
            phone_check, signature_name, signature_png is not null as drawn""";

    private final JdbcClient jdbc;

    ReceiptBookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new line of the book. */
    public record NewEntry(String memberNumber, String memberName, Long cardId, Instant at, Long staff,
            String staffName, String phoneE164, boolean phoneConfirmed, String phoneCheck, String signatureName,
            byte[] signaturePng) {
    }

    public ReceiptEntry insert(LibraryId library, NewEntry entry) {
        return jdbc.sql("insert into card_handover (library_id, member_number, member_name, card_id, handed_over_at,"
                + " staff_account_id, staff_name, phone_e164, phone_confirmed, phone_check, signature_name,"
                + " signature_png) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning " + COLUMNS)
                .params(library.value(), entry.memberNumber(), entry.memberName(), entry.cardId(),
                        Timestamp.from(entry.at()), entry.staff(), entry.staffName(), entry.phoneE164(),
                        entry.phoneConfirmed(), entry.phoneCheck(), entry.signatureName(), entry.signaturePng())
                .query(ReceiptBookRepository::entry).single();
    }

    /** The book's lines from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
    public List<ReceiptEntry> between(LibraryId library, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from card_handover where library_id = ? and handed_over_at >= ?"
                + " and handed_over_at < ? order by handed_over_at, id")
                .params(library.value(), Timestamp.from(from), Timestamp.from(to))
                .query(ReceiptBookRepository::entry).list();
    }

    public Optional<byte[]> signature(LibraryId library, long id) {
        return jdbc.sql("select signature_png from card_handover where library_id = ? and id = ?"
                + " and signature_png is not null")
                .params(library.value(), id).query((rs, row) -> rs.getBytes(1)).optional();
    }

    private static ReceiptEntry entry(ResultSet rs, int row) throws SQLException {
        return new ReceiptEntry(rs.getLong("id"), rs.getString("member_number"), rs.getString("member_name"),
                rs.getObject("card_id", Long.class), rs.getTimestamp("handed_over_at").toInstant(),
                rs.getString("staff_name"), rs.getString("phone_e164"), rs.getBoolean("phone_confirmed"),
                rs.getString("phone_check"), rs.getString("signature_name"), rs.getBoolean("drawn"));
    }
}

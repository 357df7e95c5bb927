package id.serambi.cards.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** One-time codes sent to members; only a salted hash of each code is stored. */
@Repository
public class OneTimeCodeRepository {

    /** The newest code sent to a member for a purpose. */
    public record SentCode(long id, String channel, String codeHash, Instant expiresAt, int attempts,
            Instant verifiedAt) {
    }

    private final JdbcClient jdbc;

    OneTimeCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a code; answers its id. */
    public long insert(LibraryId library, String memberNumber, String purpose, String channel, String destination,
            String codeHash, Instant at, Duration life) {
        return jdbc.sql("""
                insert into card_code (library_id, member_number, purpose, channel, destination, code_hash,
                    created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(library.value(), memberNumber, purpose, channel, destination, codeHash, Timestamp.from(at),
                        Timestamp.from(at.plus(life)))
                .query(Long.class).single();
    }

    public void delete(LibraryId library, long id) {
        jdbc.sql("delete from card_code where library_id = ? and id = ?").params(library.value(), id).update();
    }

    public Optional<SentCode> latest(LibraryId library, String memberNumber, String purpose) {
        return newest(library, memberNumber, purpose, "");
    }

    /** The newest code, locked until the end of the transaction so that tries of it queue. */
    public Optional<SentCode> latestForUpdate(LibraryId library, String memberNumber, String purpose) {
        return newest(library, memberNumber, purpose, " for update");
    }

    private Optional<SentCode> newest(LibraryId library, String memberNumber, String purpose, String lock) {
        return jdbc.sql("""
                select id, channel, code_hash, expires_at, attempts, verified_at from card_code
                where library_id = ? and member_number = ? and purpose = ?
                order by created_at desc, id desc limit 1""" + lock)
                .params(library.value(), memberNumber, purpose)
                .query((rs, row) -> new SentCode(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getInt(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    public int countSince(LibraryId library, String memberNumber, Instant since) {
        return jdbc.sql("select count(*) from card_code where library_id = ? and member_number = ? and created_at >= ?")
                .params(library.value(), memberNumber, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Wrong tries of codes sent since then (a right try counts once in attempts and sets verified_at). */
    public int wrongTriesSince(LibraryId library, String memberNumber, Instant since) {
        return jdbc.sql("""
                select coalesce(sum(attempts - case when verified_at is null then 0 else 1 end), 0) from card_code
                where library_id = ? and member_number = ? and created_at >= ?""")
                .params(library.value(), memberNumber, Timestamp.from(since)).query(Integer.class).single();
    }

    public void tried(LibraryId library, long id) {
        jdbc.sql("update card_code set attempts = attempts + 1 where library_id = ? and id = ?")
                .params(library.value(), id).update();
    }

    public void verified(LibraryId library, long id, Instant at) {
        jdbc.sql("update card_code set verified_at = ? where library_id = ? and id = ?")
                .params(Timestamp.from(at), library.value(), id).update();
    }
}

package id.serambi.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;

/**
 * The members of a library registered or changed in a span of time, for the files that carry them back to the
 * circulation system (SLiMS, INLISLite). Only approved members: those the circulation system may lend to.
 */
@Service
public class MemberChanges {

    private final JdbcClient jdbc;

    MemberChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Approved members whose row changed after {@code since} (all when null) and at or before {@code until}. */
    @Transactional(readOnly = true)
    public List<ChangedMember> between(LibraryId library, Instant since, Instant until) {
        return jdbc.sql("""
                select m.id, m.member_number, m.full_name, m.birth_place, m.birth_date, m.sex, m.address,
                       m.postal_code, m.phone_e164, m.email, m.category_code, c.name, m.institution,
                       coalesce(m.member_since, m.registered_on), m.registered_on, m.expires_on, m.notes,
                       m.created_at, m.updated_at
                from member m
                left join member_category_name c on c.library_id = m.library_id and c.code = m.category_code
                where m.library_id = ? and m.status = 'APPROVED' and m.updated_at <= ?
                  and (cast(? as timestamptz) is null or m.updated_at > ?)
                order by m.updated_at, m.id""")
                .params(library.value(), Timestamp.from(until), since == null ? null : Timestamp.from(since),
                        since == null ? null : Timestamp.from(since))
                .query(MemberChanges::member).list();
    }

    private static ChangedMember member(ResultSet rs, int row) throws SQLException {
        return new ChangedMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), date(rs, 5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), date(rs, 14), date(rs, 15), date(rs, 16),
                rs.getString(17), rs.getTimestamp(18).toInstant(), rs.getTimestamp(19).toInstant());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}

package id.serambi.frontoffice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.frontoffice.MemberCard;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;

/** The front office's copy of member cards. */
@Repository
public class MemberCardRepository {

    private final JdbcClient jdbc;

    MemberCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest state of a card; the first-scan mark survives every change. */
    public void upsert(MemberCardChanged change) {
        jdbc.sql("""
                insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code,
                    status, expires_on, replaced_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (library_id, member_number) do update
                set member_id = excluded.member_id, full_name = excluded.full_name,
                    category_code = excluded.category_code, status = excluded.status,
                    expires_on = excluded.expires_on, replaced_by = excluded.replaced_by,
                    changed_at = excluded.changed_at
                where frontoffice_member_card.changed_at <= excluded.changed_at""")
                .params(change.library().value(), change.memberNumber(), change.memberId(), change.fullName(),
                        change.categoryCode(), change.status().name(),
                        change.expiresOn() == null ? null : Date.valueOf(change.expiresOn()), change.replacedBy(),
                        Timestamp.from(change.at()))
                .update();
    }

    public Optional<MemberCard> find(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select member_number, full_name, category_code, status, expires_on, replaced_by
                from frontoffice_member_card where library_id = ? and member_number = ?""")
                .params(library.value(), memberNumber).query(MemberCardRepository::card).optional();
    }

    static MemberCard card(ResultSet rs, int row) throws SQLException {
        Date expires = rs.getDate("expires_on");
        return new MemberCard(rs.getString("member_number"), rs.getString("full_name"),
                rs.getString("category_code"), MemberStatus.valueOf(rs.getString("status")),
                expires == null ? null : expires.toLocalDate(), rs.getString("replaced_by"));
    }
}

package id.serambi.cards.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.QueuedMember;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberCardChanged;

/** The cards module's own copy of each member number's state, kept from membership's events. */
@Repository
public class CardMemberRepository {

    private final JdbcClient jdbc;

    CardMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest state; an event older than the one kept changes nothing. */
    public void apply(MemberCardChanged event) {
        jdbc.sql("""
                insert into card_member (library_id, member_number, member_id, full_name, category_code, status,
                    expires_on, replaced_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (library_id, member_number) do update set member_id = excluded.member_id,
                    full_name = excluded.full_name, category_code = excluded.category_code, status = excluded.status,
                    expires_on = excluded.expires_on, replaced_by = excluded.replaced_by,
                    changed_at = excluded.changed_at
                where card_member.changed_at <= excluded.changed_at""")
                .params(event.library().value(), event.memberNumber(), event.memberId(), event.fullName(),
                        event.categoryCode(), event.status().name(),
                        event.expiresOn() == null ? null : Date.valueOf(event.expiresOn()), event.replacedBy(),
                        Timestamp.from(event.at()))
                .update();
    }

    /** Approved members with no card printed yet, those waiting longest first. */
    public List<QueuedMember> queue(LibraryId library, int limit) {
        return jdbc.sql("""
                select m.member_number, m.full_name, m.category_code, m.expires_on, m.changed_at
                from card_member m
                where m.library_id = ? and m.status = 'APPROVED'
                  and not exists (select 1 from card_issue i
                                  where i.library_id = m.library_id and i.member_number = m.member_number)
                order by m.changed_at, m.member_number
                limit ?""")
                .params(library.value(), limit)
                .query((rs, row) -> new QueuedMember(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class), rs.getTimestamp(5).toInstant()))
                .list();
    }
}

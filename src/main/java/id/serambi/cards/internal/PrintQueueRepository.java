package id.serambi.cards.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.LeftOut;
import id.serambi.cards.QueuedMember;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberStatus;

/**
 * The print queue: the front office's member cards (read through the view it publishes for other modules, V155)
 * that have no card issued here yet; and which cards of past runs may no longer be printed.
 */
@Repository
public class PrintQueueRepository {

    private final JdbcClient jdbc;

    PrintQueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Approved members with no card printed yet, those waiting longest first. */
    public List<QueuedMember> queue(LibraryId library, int limit) {
        return jdbc.sql("""
                select m.member_number, m.full_name, m.category_code, m.expires_on, m.changed_at
                from frontoffice_member_card_public m
                where m.library_id = ? and m.status = 'APPROVED'
                  and not exists (select 1 from card_issue i
                                  where i.library_id = m.library_id and i.member_number = m.member_number)
                order by m.changed_at, m.member_number
                limit ?""")
                .params(library.value(), limit)
                .query((rs, row) -> new QueuedMember(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * Of the numbers, those whose card may no longer be printed on the day (not approved, or expired), with what
     * replaced them: what a reprint of a past run would leave out.
     */
    public List<LeftOut> notPrintable(LibraryId library, Collection<String> numbers, LocalDate day) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.member_number, m.status, m.replaced_by
                from frontoffice_member_card_public m
                where m.library_id = ? and m.member_number = any(?)
                  and (m.status <> 'APPROVED' or m.expires_on is null or m.expires_on < ?)""")
                .params(library.value(), numbers.toArray(String[]::new), day)
                .query((rs, row) -> new LeftOut(rs.getString(1), MemberStatus.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }
}

package id.serambi.cards.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.QueuedMember;
import id.serambi.libraries.LibraryId;

/**
 * The print queue: the front office's member cards (read through the view it publishes for other modules, V155)
 * that have no card issued here yet.
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
}

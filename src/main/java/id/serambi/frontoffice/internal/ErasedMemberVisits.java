package id.serambi.frontoffice.internal;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberErased;

/**
 * An erased member's visits forget the name a scan wrote into the guest book (and any personal field), in the
 * erasing transaction; type, day, purpose and room stay, so the statistics do not change. The card copy forgets the
 * name and is blocked at once too, not only when membership's card change is copied after commit.
 */
@Component
class ErasedMemberVisits {

    private final JdbcClient jdbc;

    ErasedMemberVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Synchronous on purpose: an erasure forgets everywhere or nowhere, and its values never reach the outbox.
    @EventListener
    void on(MemberErased erased) {
        jdbc.sql("""
                update frontoffice_member_card set full_name = ?, status = 'ERASED', changed_at = ?
                where library_id = ? and member_number = ? and changed_at <= ?""")
                .params(MemberErased.ERASED_NAME, Timestamp.from(erased.at()), erased.library().value(),
                        erased.memberNumber(), Timestamp.from(erased.at())).update();
        jdbc.sql("""
                update visit set visitor_name = null, institution = null, address = null, leader = null,
                    contact = null
                where library_id = ? and member_number = ?
                  and (visitor_name is not null or institution is not null or address is not null
                       or leader is not null or contact is not null)""")
                .params(erased.library().value(), erased.memberNumber()).update();
    }
}

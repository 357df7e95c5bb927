package id.serambi.cards.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;

/**
 * When a member's personal data is erased (UU PDP), the receipt book and the one-time codes forget it too, in the
 * same transaction; the receipt rows stay so that hand-over counts do not change.
 */
@Component
class ErasedMemberListener {

    private final JdbcClient jdbc;

    ErasedMemberListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MemberCardChanged event) {
        if (event.status() != MemberStatus.ERASED) {
            return;
        }
        int library = event.library().value();
        jdbc.sql("""
                update card_handover set member_name = ?, phone_e164 = null, signature_png = null,
                    signature_name = ? where library_id = ? and member_number = ?""")
                .params(event.fullName(), event.fullName(), library, event.memberNumber()).update();
        jdbc.sql("delete from card_code where library_id = ? and member_number = ?")
                .params(library, event.memberNumber()).update();
    }
}

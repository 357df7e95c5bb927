package id.serambi.cards.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberErased;

/**
 * When a member's personal data is erased (UU PDP), the receipt book and the one-time codes forget it too; the
 * receipt rows stay so that hand-over counts do not change.
 */
@Component
class ErasedMemberListener {

    private final JdbcClient jdbc;

    ErasedMemberListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Synchronous on purpose: an erasure forgets everywhere or nowhere, and its values never reach the outbox.
    @EventListener
    void on(MemberErased erased) {
        int library = erased.library().value();
        jdbc.sql("""
                update card_handover set member_name = ?, phone_e164 = null, signature_png = null,
                    signature_name = ? where library_id = ? and member_number = ?""")
                .params(MemberErased.ERASED_NAME, MemberErased.ERASED_NAME, library, erased.memberNumber()).update();
        jdbc.sql("delete from card_code where library_id = ? and member_number = ?")
                .params(library, erased.memberNumber()).update();
    }
}

package id.serambi.cards.internal;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MembersImported;

/**
 * Copies a batch of imported members' cards in one statement, inside the import's transaction (an aborted import
 * leaves no copies behind either).
 */
@Component
class ImportedPrintQueue {

    private final JdbcClient jdbc;

    ImportedPrintQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MembersImported imported) {
        List<MemberCardChanged> cards = imported.cards();
        if (cards.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into card_member (library_id, member_number, member_id, full_name, category_code, status,
                    expires_on, changed_at)
                select ?, number, id, name, category, ?, expires::date, ?
                from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as c(number, id, name, category,
                    expires)
                on conflict (library_id, member_number) do nothing""")
                .params(imported.library().value(), cards.getFirst().status().name(),
                        Timestamp.from(cards.getFirst().at()),
                        cards.stream().map(MemberCardChanged::memberNumber).toArray(String[]::new),
                        cards.stream().map(MemberCardChanged::memberId).toArray(Long[]::new),
                        cards.stream().map(MemberCardChanged::fullName).toArray(String[]::new),
                        cards.stream().map(MemberCardChanged::categoryCode).toArray(String[]::new),
                        cards.stream().map(card -> String.valueOf(card.expiresOn())).toArray(String[]::new))
                .update();
    }
}

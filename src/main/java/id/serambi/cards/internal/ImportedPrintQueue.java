package id.serambi.cards.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MembersImported;

/**
 * Copies a batch of imported members' cards in one statement, inside the import's transaction (an aborted import
 * leaves no copies behind either). Imported numbers are new to the library, so a plain insert: a number already in
 * the copy would mean the copy has drifted from membership, and fails the import rather than hide it.
 */
@Component
class ImportedPrintQueue {

    private final JdbcClient jdbc;

    ImportedPrintQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(MembersImported imported) {
        if (imported.cards().isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into card_member (library_id, member_number, member_id, full_name, category_code, status,
                    expires_on, changed_at)
                select ?, number, id, name, category, ?, expires::date, ?
                from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as c(number, id, name, category,
                    expires)""")
                .params(imported.unnestParameters())
                .update();
    }
}

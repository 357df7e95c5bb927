package id.serambi.imports.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberErased;

/**
 * A refused import row keeps the original cells for the report; a row that names an erased member (by NIK, name,
 * phone or e-mail) loses all of its cells and any argument holding one of those values, in the erasing
 * transaction. Row number, column and reason stay, so the run's counts and the report's lines do not change.
 */
@Component
class ErasedMemberRejections {

    private final JdbcClient jdbc;

    ErasedMemberRejections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Synchronous on purpose: an erasure forgets everywhere or nowhere, and its values never reach the outbox.
    @EventListener
    void on(MemberErased erased) {
        String[] values = erased.formerValues().stream().map(v -> v.strip().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
        jdbc.sql("""
                update import_rejection r
                set cells = array_fill(''::text, array[cardinality(r.cells)]),
                    args = array(select case when lower(btrim(a)) = any(:values) then '' else a end
                                 from unnest(r.args) with ordinality as x(a, n) order by n)
                where r.library_id = :library
                  and exists (select 1 from unnest(r.cells) c where lower(btrim(c)) = any(:values))""")
                .param("library", erased.library().value()).param("values", values).update();
    }
}

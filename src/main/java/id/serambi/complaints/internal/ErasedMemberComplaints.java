package id.serambi.complaints.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberErased;

/**
 * Complaints carry no member number, so an erased member's complaints are found by what the member signed them
 * with: a contact equal to the member's phone or e-mail loses name and contact, a name equal to the member's loses
 * the name (a namesake's contact stays, so the library can still answer them). The complaint itself stays.
 */
@Component
class ErasedMemberComplaints {

    /** A contact as written, or as a phone number without spaces, brackets and dashes. */
    private static final String CONTACT_MATCHES = "(lower(btrim(complainant_contact)) = any(:contacts) "
            + "or regexp_replace(complainant_contact, '[\\s()-]', '', 'g') = any(:contacts))";

    private final JdbcClient jdbc;

    ErasedMemberComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Synchronous on purpose: an erasure forgets everywhere or nowhere, and its values never reach the outbox.
    @EventListener
    void on(MemberErased erased) {
        int library = erased.library().value();
        List<String> contacts = erased.formerContacts().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        if (!contacts.isEmpty()) {
            jdbc.sql("update complaint set complainant_name = null, complainant_contact = null "
                    + "where library_id = :library and " + CONTACT_MATCHES)
                    .param("library", library).param("contacts", contacts.toArray(String[]::new)).update();
        }
        if (erased.formerName() != null) {
            jdbc.sql("""
                    update complaint set complainant_name = null
                    where library_id = ? and lower(btrim(complainant_name)) = lower(btrim(?))""")
                    .params(library, erased.formerName()).update();
        }
    }
}

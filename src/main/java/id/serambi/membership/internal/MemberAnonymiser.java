package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.CorrectableField;

/**
 * Removes a member's personal data in one go while the row stays: category, sex, birth year, district, dates and
 * number keep statistics counting; the NIK, its blind index, names, contacts, address and photo are gone.
 */
@Repository
public class MemberAnonymiser {

    /** What an erased member is called from then on. */
    public static final String ERASED_NAME = id.serambi.membership.MemberErased.ERASED_NAME;

    private final JdbcClient jdbc;

    MemberAnonymiser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void anonymise(LibraryId library, long memberId, Instant at) {
        int lib = library.value();
        String erasedName = jdbc.sql("select full_name from member where library_id = ? and id = ?")
                .params(lib, memberId).query(String.class).optional().orElse(null);
        jdbc.sql("""
                update member set full_name = ?, nik_cipher = null, nik_index = null, nik_masked = '****************',
                    birth_place = null, birth_date = make_date(extract(year from birth_date)::int, 1, 1),
                    address = '', mother_name_cipher = null, phone_e164 = null, email = null, institution = null,
                    guardian_name = null, warnings = '{}', revision_token_hash = null, status = 'ERASED',
                    updated_at = ?
                where library_id = ? and id = ?""")
                .params(ERASED_NAME, Timestamp.from(at), lib, memberId).update();
        forgetNameWords(lib, erasedName);
        jdbc.sql("delete from member_photo where library_id = ? and member_id = ?").params(lib, memberId).update();
        jdbc.sql("update member_document set document_number = null where library_id = ? and member_id = ?")
                .params(lib, memberId).update();
        jdbc.sql("update member_consent set guardian_name = null where library_id = ? and member_id = ?")
                .params(lib, memberId).update();
        jdbc.sql("update member_history set note = null, initials = null where library_id = ? and member_id = ?")
                .params(lib, memberId).update();
    }

    /** The erased name's words leave the search word list unless another member of the library has them too. */
    private void forgetNameWords(int library, String erasedName) {
        if (erasedName == null) {
            return;
        }
        jdbc.sql("""
                with unused as (
                    delete from member_name_word d
                    where d.library_id = ? and d.word = any(member_name_words(?))
                      and not exists (select 1 from member m where m.library_id = d.library_id
                          and member_name_keys(m.library_id, m.full_name) @> array[d.library_id || ':' || d.word])
                    returning d.word)
                delete from member_name_word_deletion x using unused
                where x.library_id = ? and x.word = unused.word""")
                .params(library, erasedName, library).update();
    }

    /** Online applications still not verified that were registered before the given day. */
    public List<String> unverifiedOnlineBefore(LibraryId library, LocalDate day) {
        return jdbc.sql("""
                select member_number from member
                where library_id = ? and channel = 'ONLINE' and registered_on < ?
                  and status in ('PENDING_VERIFICATION', 'REVISION_REQUESTED')
                order by id""")
                .params(library.value(), java.sql.Date.valueOf(day)).query(String.class).list();
    }

    /** Updates one correctable column (named by a fixed whitelist, never by the caller's text). */
    public void setField(LibraryId library, long memberId, CorrectableField field, String value, Instant at) {
        jdbc.sql("update member set " + column(field) + " = ?, updated_at = ? where library_id = ? and id = ?")
                .params(value, Timestamp.from(at), library.value(), memberId).update();
    }

    private static String column(CorrectableField field) {
        return switch (field) {
            case FULL_NAME -> "full_name";
            case BIRTH_PLACE -> "birth_place";
            case ADDRESS -> "address";
            case PHONE -> "phone_e164";
            case EMAIL -> "email";
            case INSTITUTION -> "institution";
        };
    }
}

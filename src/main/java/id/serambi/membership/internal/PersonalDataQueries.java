package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.PersonalData;

/** Reads a member's consents and the NIK disclosure log (filtered by member and by staff, newest first). */
@Repository
public class PersonalDataQueries {

    private static final String DISCLOSURES = """
            from member_nik_disclosure d join member m on m.library_id = d.library_id and m.id = d.member_id
            join staff_account a on a.id = d.staff_account_id
            where d.library_id = ? and (cast(? as text) is null or m.member_number = ?)
              and (cast(? as bigint) is null or d.staff_account_id = ?)""";

    private final JdbcClient jdbc;

    PersonalDataQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonalData.Consent> consents(LibraryId library, long memberId) {
        return jdbc.sql("""
                select purpose, retention, given_by, given_at from member_consent
                where library_id = ? and member_id = ? order by given_at, purpose""")
                .params(library.value(), memberId)
                .query((rs, row) -> new PersonalData.Consent(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public List<PersonalData.Disclosure> disclosures(LibraryId library, String memberNumber, Long staffId,
            int limit) {
        return jdbc.sql("select m.member_number, a.username, a.full_name, d.reason, d.at " + DISCLOSURES
                + " order by d.at desc, d.id desc limit ?")
                .params(filterParams(library, memberNumber, staffId, limit))
                .query((rs, row) -> new PersonalData.Disclosure(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Timestamp.class).toInstant()))
                .list();
    }

    public long countDisclosures(LibraryId library, String memberNumber, Long staffId) {
        return jdbc.sql("select count(*) " + DISCLOSURES).params(filterParams(library, memberNumber, staffId, null))
                .query(Long.class).single();
    }

    private static List<Object> filterParams(LibraryId library, String memberNumber, Long staffId, Integer limit) {
        List<Object> params = new ArrayList<>(List.of(library.value()));
        params.add(memberNumber);
        params.add(memberNumber);
        params.add(staffId);
        params.add(staffId);
        if (limit != null) {
            params.add(limit);
        }
        return params;
    }
}

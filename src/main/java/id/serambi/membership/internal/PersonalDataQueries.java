package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.StaffName;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.PersonalData;

/** Reads a member's consents and the NIK disclosure log (filtered by member and by staff, newest first). */
@Repository
public class PersonalDataQueries {

    private static final String DISCLOSURES = """
            from member_nik_disclosure d join member m on m.library_id = d.library_id and m.id = d.member_id
            where d.library_id = ? and (cast(? as text) is null or m.member_number = ?)
              and (cast(? as bigint) is null or d.staff_account_id = ?)""";

    private final JdbcClient jdbc;
    private final AccountService accounts;

    PersonalDataQueries(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
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
        List<Row> rows = jdbc.sql("select m.member_number, d.staff_account_id, d.reason, d.at " + DISCLOSURES
                + " order by d.at desc, d.id desc limit ?")
                .params(filterParams(library, memberNumber, staffId, limit))
                .query((rs, row) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, Timestamp.class).toInstant()))
                .list();
        Map<Long, StaffName> names = accounts.names(rows.stream().map(Row::staff).toList());
        return rows.stream().map(r -> {
            StaffName name = names.get(r.staff());
            return new PersonalData.Disclosure(r.memberNumber(), name == null ? null : name.username(),
                    name == null ? null : name.fullName(), r.reason(), r.at());
        }).toList();
    }

    public long countDisclosures(LibraryId library, String memberNumber, Long staffId) {
        return jdbc.sql("select count(*) " + DISCLOSURES).params(filterParams(library, memberNumber, staffId, null))
                .query(Long.class).single();
    }

    private record Row(String memberNumber, long staff, String reason, Instant at) {
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

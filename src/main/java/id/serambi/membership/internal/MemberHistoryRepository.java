package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.StaffName;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.LibraryId;

/** What is kept beside a member: documents seen, consents, the history of every round and the NIK disclosures. */
@Repository
public class MemberHistoryRepository {

    private final JdbcClient jdbc;
    private final AccountService accounts;

    MemberHistoryRepository(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** One entry of a member's history: a verification round or a step of the card's life. */
    public record Entry(String action, String note, String initials, String staffName, Instant at) {
    }

    public void add(LibraryId library, long memberId, HistoryAction action, String note, String initials,
            Long staffAccountId, Instant at) {
        jdbc.sql("""
                insert into member_history (library_id, member_id, action, note, initials, staff_account_id, at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), memberId, action.name(), note, initials, staffAccountId, Timestamp.from(at))
                .update();
    }

    /** The member's history with the staff's names as the accounts module knows them now. */
    public List<Entry> history(LibraryId library, long memberId) {
        List<Row> rows = jdbc.sql("""
                select action, note, initials, staff_account_id, at from member_history
                where library_id = ? and member_id = ? order by at, id""")
                .params(library.value(), memberId)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant()))
                .list();
        Map<Long, StaffName> names = accounts.names(rows.stream().map(Row::staff).toList());
        return rows.stream().map(r -> new Entry(r.action(), r.note(), r.initials(),
                names.containsKey(r.staff()) ? names.get(r.staff()).fullName() : null, r.at())).toList();
    }

    private record Row(String action, String note, String initials, Long staff, Instant at) {
    }

    public void addDocuments(LibraryId library, long memberId, Map<DocumentType, String> documents) {
        documents.forEach((type, number) -> jdbc.sql("""
                insert into member_document (library_id, member_id, document_type, document_number)
                values (?, ?, ?, ?) on conflict (library_id, member_id, document_type)
                do update set document_number = excluded.document_number""")
                .params(library.value(), memberId, type.name(), number).update());
    }

    public List<String> documents(LibraryId library, long memberId) {
        return jdbc.sql("""
                select document_type from member_document where library_id = ? and member_id = ?
                order by document_type""").params(library.value(), memberId).query(String.class).list();
    }

    public void addConsent(LibraryId library, long memberId, String purpose, String retention, String guardianName,
            Instant at) {
        jdbc.sql("""
                insert into member_consent (library_id, member_id, purpose, retention, given_by, guardian_name,
                    given_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), memberId, purpose, retention, guardianName == null ? "APPLICANT" : "GUARDIAN",
                        guardianName, Timestamp.from(at))
                .update();
    }

    public void addDisclosure(LibraryId library, long memberId, long staffAccountId, String reason, Instant at) {
        jdbc.sql("""
                insert into member_nik_disclosure (library_id, member_id, staff_account_id, reason, at)
                values (?, ?, ?, ?, ?)""")
                .params(library.value(), memberId, staffAccountId, reason, Timestamp.from(at)).update();
    }

    public int disclosures(LibraryId library, long memberId) {
        return jdbc.sql("select count(*) from member_nik_disclosure where library_id = ? and member_id = ?")
                .params(library.value(), memberId).query(Integer.class).single();
    }
}

package id.serambi.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.accounts.AccountService;
import id.serambi.accounts.StaffName;
import id.serambi.libraries.LibraryId;
import id.serambi.privacy.PrivacyRequest;

/** Members' privacy requests; the library is always the first parameter. */
@Repository
public class RequestRepository {

    private static final String SELECT = """
            select r.* from privacy_request r where r.library_id = ?""";

    private final JdbcClient jdbc;
    private final AccountService accounts;

    RequestRepository(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public long insert(LibraryId library, String memberNumber, PrivacyRequest.Kind kind, String field,
            String proposedValue, String reason, Instant filedAt) {
        return jdbc.sql("""
                insert into privacy_request (library_id, member_number, kind, field, proposed_value, reason, filed_at,
                    due_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(library.value(), memberNumber, kind.name(), field, proposedValue, reason,
                        Timestamp.from(filedAt), Timestamp.from(filedAt.plus(PrivacyRequest.DEADLINE)))
                .query(Long.class).single();
    }

    /** Locks the request so that two staff cannot decide it at the same time. */
    public Optional<PrivacyRequest> lock(LibraryId library, long id) {
        return jdbc.sql("select r.* from privacy_request r where r.library_id = ? "
                + "and r.id = ? for update").params(library.value(), id).query(RequestRepository::request)
                .optional();
    }

    public Optional<PrivacyRequest> find(LibraryId library, long id) {
        return withNames(jdbc.sql(SELECT + " and r.id = ?").params(library.value(), id)
                .query(RequestRepository::row).list()).stream().findFirst();
    }

    /** Open requests first, soonest deadline first; then the decided ones, newest first. */
    public List<PrivacyRequest> queue(LibraryId library, boolean openOnly, int limit) {
        return withNames(jdbc.sql(SELECT + (openOnly ? " and r.status = 'OPEN'" : "")
                + " order by (r.status = 'OPEN') desc, case when r.status = 'OPEN' then r.due_at end,"
                + " r.filed_at desc limit ?")
                .params(library.value(), limit).query(RequestRepository::row).list());
    }

    public List<PrivacyRequest> ofMember(LibraryId library, String memberNumber) {
        return withNames(jdbc.sql(SELECT + " and r.member_number = ? order by r.filed_at desc")
                .params(library.value(), memberNumber).query(RequestRepository::row).list());
    }

    public boolean hasOpen(LibraryId library, String memberNumber, PrivacyRequest.Kind kind) {
        return jdbc.sql("select exists (select 1 from privacy_request where library_id = ? and member_number = ? "
                + "and kind = ? and status = 'OPEN')").params(library.value(), memberNumber, kind.name())
                .query(Boolean.class).single();
    }

    public void decide(LibraryId library, long id, PrivacyRequest.Status status, String note, Long staff,
            Instant at) {
        jdbc.sql("""
                update privacy_request set status = ?, decision_note = ?, decided_by = ?, decided_at = ?
                where library_id = ? and id = ?""")
                .params(status.name(), note, staff, Timestamp.from(at), library.value(), id).update();
    }

    /** Removes the free text of a member's requests once the member is erased. */
    public void forgetText(LibraryId library, String memberNumber) {
        jdbc.sql("update privacy_request set proposed_value = case when kind = 'CORRECTION' then '' end, "
                + "reason = null where library_id = ? and member_number = ?")
                .params(library.value(), memberNumber).update();
    }

    /** The requests with the name of the staff member who decided each, from the accounts module. */
    private List<PrivacyRequest> withNames(List<Row> rows) {
        Map<Long, StaffName> names = accounts.names(rows.stream().map(Row::decidedBy).toList());
        return rows.stream().map(row -> row.decidedBy() == null || !names.containsKey(row.decidedBy())
                ? row.request() : row.request().decidedBy(names.get(row.decidedBy()).fullName())).toList();
    }

    private record Row(PrivacyRequest request, Long decidedBy) {
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(request(rs, row), rs.getObject("decided_by", Long.class));
    }

    /** The request without the decider's name (a lock needs none). */
    private static PrivacyRequest request(ResultSet rs, int row) throws SQLException {
        return new PrivacyRequest(rs.getLong("id"), rs.getString("member_number"),
                PrivacyRequest.Kind.valueOf(rs.getString("kind")), rs.getString("field"),
                rs.getString("proposed_value"), rs.getString("reason"),
                PrivacyRequest.Status.valueOf(rs.getString("status")), instant(rs, "filed_at"),
                instant(rs, "due_at"), instant(rs, "decided_at"), null, rs.getString("decision_note"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

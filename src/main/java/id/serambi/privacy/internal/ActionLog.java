package id.serambi.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.privacy.MyData;

/** The privacy module's own entries of the personal-data audit log. */
@Repository
public class ActionLog {

    private static final String FILTERED = """
            from privacy_action p left join staff_account a on a.id = p.staff_account_id
            where p.library_id = ? and (cast(? as text) is null or p.member_number = ?)
              and (cast(? as bigint) is null or p.staff_account_id = ?)""";

    private final JdbcClient jdbc;

    ActionLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was done: FILED_*, APPROVED_*, REFUSED_*, EXPORTED, VIEWED, ERASED_BY_RETENTION. */
    public void add(LibraryId library, String memberNumber, String action, String detail, Long staff, Instant at) {
        jdbc.sql("""
                insert into privacy_action (library_id, member_number, action, detail, staff_account_id, at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(library.value(), memberNumber, action, detail, staff, Timestamp.from(at)).update();
    }

    public List<Entry> entries(LibraryId library, String memberNumber, Long staffId, int limit) {
        return jdbc.sql("select p.member_number, p.action, p.detail, a.username, a.full_name, p.at " + FILTERED
                + " order by p.at desc, p.id desc limit ?")
                .params(params(library, memberNumber, staffId, limit))
                .query((rs, row) -> new Entry(new MyData.Action(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(5), rs.getTimestamp(6).toInstant()), rs.getString(4)))
                .list();
    }

    public long count(LibraryId library, String memberNumber, Long staffId) {
        return jdbc.sql("select count(*) " + FILTERED).params(params(library, memberNumber, staffId, null))
                .query(Long.class).single();
    }

    /** One entry with the staff member's username, for filtering and the CSV. */
    public record Entry(MyData.Action action, String staffUsername) {
    }

    private static List<Object> params(LibraryId library, String memberNumber, Long staffId, Integer limit) {
        List<Object> params = new ArrayList<>();
        params.add(library.value());
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

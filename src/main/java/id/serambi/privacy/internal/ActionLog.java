package id.serambi.privacy.internal;

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
import id.serambi.privacy.MyData;

/** The privacy module's own entries of the personal-data audit log. */
@Repository
public class ActionLog {

    private static final String FILTERED = """
            from privacy_action p
            where p.library_id = ? and (cast(? as text) is null or p.member_number = ?)
              and (cast(? as bigint) is null or p.staff_account_id = ?)""";

    private final JdbcClient jdbc;
    private final AccountService accounts;

    ActionLog(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** What was done: FILED_*, APPROVED_*, REFUSED_*, EXPORTED, VIEWED, ERASED_BY_RETENTION. */
    public void add(LibraryId library, String memberNumber, String action, String detail, Long staff, Instant at) {
        jdbc.sql("""
                insert into privacy_action (library_id, member_number, action, detail, staff_account_id, at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(library.value(), memberNumber, action, detail, staff, Timestamp.from(at)).update();
    }

    public List<Entry> entries(LibraryId library, String memberNumber, Long staffId, int limit) {
        List<Row> rows = jdbc.sql("select p.member_number, p.action, p.detail, p.staff_account_id, p.at " + FILTERED
                + " order by p.at desc, p.id desc limit ?")
                .params(params(library, memberNumber, staffId, limit))
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant()))
                .list();
        Map<Long, StaffName> names = accounts.names(rows.stream().map(Row::staff).toList());
        return rows.stream().map(r -> {
            StaffName name = r.staff() == null ? null : names.get(r.staff());
            return new Entry(new MyData.Action(r.memberNumber(), r.action(), r.detail(),
                    name == null ? null : name.fullName(), r.at()), name == null ? null : name.username());
        }).toList();
    }

    public long count(LibraryId library, String memberNumber, Long staffId) {
        return jdbc.sql("select count(*) " + FILTERED).params(params(library, memberNumber, staffId, null))
                .query(Long.class).single();
    }

    /** One entry with the staff member's username, for filtering and the CSV. */
    public record Entry(MyData.Action action, String staffUsername) {
    }

    private record Row(String memberNumber, String action, String detail, Long staff, Instant at) {
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

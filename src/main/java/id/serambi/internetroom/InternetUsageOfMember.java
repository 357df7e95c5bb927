package id.serambi.internetroom;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;

/** A member's own internet sessions, for the member's view of their personal data (UU PDP). */
@Service
@Transactional(readOnly = true)
public class InternetUsageOfMember {

    /** One session: when it started and ended, at which workstation. */
    public record Line(String workstation, Instant startedAt, Instant endedAt) {
    }

    private final JdbcClient jdbc;

    InternetUsageOfMember(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Line> sessions(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select w.name, s.started_at, coalesce(s.ended_at, s.ends_at) as ended_at from internet_session s
                join workstation w on w.library_id = s.library_id and w.id = s.workstation_id
                where s.library_id = ? and s.member_number = ? order by s.started_at""")
                .params(library.value(), memberNumber)
                .query((rs, row) -> new Line(rs.getString(1), rs.getObject(2, Timestamp.class).toInstant(),
                        rs.getObject(3, Timestamp.class).toInstant()))
                .list();
    }
}

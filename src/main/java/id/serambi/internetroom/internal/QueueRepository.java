package id.serambi.internetroom.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** Members waiting for a workstation, first come first served. */
@Repository
public class QueueRepository {

    /** A waiting member as stored. */
    public record Waiting(long id, String memberNumber, Instant queuedAt) {
    }

    private final JdbcClient jdbc;

    QueueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Waiting> waiting(LibraryId library) {
        return jdbc.sql("""
                select id, member_number, queued_at from internet_queue
                where library_id = ? and left_at is null order by queued_at, id""")
                .param(library.value())
                .query((rs, row) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    public boolean isWaiting(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select exists (select 1 from internet_queue
                               where library_id = ? and member_number = ? and left_at is null)""")
                .params(library.value(), memberNumber).query(Boolean.class).single();
    }

    public long insert(LibraryId library, String memberNumber, Instant at) {
        return jdbc.sql("insert into internet_queue (library_id, member_number, queued_at) values (?, ?, ?) "
                + "returning id").params(library.value(), memberNumber, Timestamp.from(at)).query(Long.class).single();
    }

    /** Takes the member out of the queue (served or cancelled); false when not waiting. */
    public boolean leave(LibraryId library, String memberNumber, String outcome, Instant at) {
        return jdbc.sql("""
                update internet_queue set left_at = ?, outcome = ?
                where library_id = ? and member_number = ? and left_at is null""")
                .params(Timestamp.from(at), outcome, library.value(), memberNumber).update() == 1;
    }
}

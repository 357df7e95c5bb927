package id.serambi.complaints.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.complaints.ComplaintStep;
import id.serambi.libraries.ChannelType;
import id.serambi.libraries.LibraryId;

@Repository
public class ComplaintRepository {

    private static final String COLUMNS = """
            tracking_code, channel, body, complainant_name, complainant_contact, anonymous, confidential, status,
            received_at, due_at, public_response""";

    private static final List<String> AWAITING = ComplaintStatus.AWAITING_LIBRARY.stream().map(Enum::name)
            .sorted().toList();

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any library already uses the code: codes are unique across libraries for the public lookup. */
    public boolean codeExists(String code) {
        return jdbc.sql("select exists (select 1 from complaint where tracking_code = ?)").param(code)
                .query(Boolean.class).single();
    }

    public void insert(LibraryId library, Complaint complaint) {
        jdbc.sql("insert into complaint (library_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(library.value(), complaint.trackingCode(), complaint.channel().name(), complaint.text(),
                        complaint.name(), complaint.contact(), complaint.anonymous(), complaint.confidential(),
                        complaint.status().name(), Timestamp.from(complaint.receivedAt()),
                        timestamp(complaint.dueAt()), complaint.publicResponse())
                .update();
    }

    public Optional<Complaint> find(LibraryId library, String code) {
        return jdbc.sql("select " + COLUMNS + " from complaint where library_id = ? and tracking_code = ?")
                .params(library.value(), code).query(ComplaintRepository::complaint).optional();
    }

    /** The complaint, its row locked until the transaction ends, so that one transition at a time moves it. */
    public Optional<Complaint> lock(LibraryId library, String code) {
        return jdbc.sql("select " + COLUMNS + " from complaint where library_id = ? and tracking_code = ? for update")
                .params(library.value(), code).query(ComplaintRepository::complaint).optional();
    }

    /** The library that holds a code, for the public lookup by code alone. */
    public Optional<LibraryId> libraryOf(String code) {
        return jdbc.sql("select library_id from complaint where tracking_code = ?").param(code)
                .query((rs, row) -> LibraryId.of(rs.getInt(1))).optional();
    }

    /** Newest first; a null status lists all, {@code overdueAt} non-null lists only the overdue ones. */
    public List<Complaint> list(LibraryId library, ComplaintStatus status, Instant overdueAt) {
        return jdbc.sql("select " + COLUMNS + """
                 from complaint where library_id = :library
                and (cast(:status as text) is null or status = :status)
                and (cast(:now as timestamptz) is null or (status in (:awaiting) and due_at < :now))
                order by received_at desc limit 500""")
                .param("library", library.value()).param("status", status == null ? null : status.name())
                .param("now", timestamp(overdueAt)).param("awaiting", AWAITING)
                .query(ComplaintRepository::complaint).list();
    }

    /** Moves the complaint on only from the status it was read in; answers false when it was no longer there. */
    public boolean updateStatus(LibraryId library, String code, ComplaintStatus expected, ComplaintStatus status,
            Instant dueAt, String publicResponse) {
        return jdbc.sql("""
                update complaint set status = ?, due_at = ?, overdue_notified_at = null,
                    public_response = coalesce(?, public_response)
                where library_id = ? and tracking_code = ? and status = ?""")
                .params(status.name(), timestamp(dueAt), publicResponse, library.value(), code, expected.name())
                .update() == 1;
    }

    /** Numbers the step after the last one: safe while the complaint's row is locked ({@link #lock}). */
    public void addStep(LibraryId library, String code, ComplaintStep step) {
        jdbc.sql("""
                insert into complaint_step (library_id, tracking_code, seq, status, reached_at, staff_account_id, note)
                values (?, ?, (select coalesce(max(seq), 0) + 1 from complaint_step
                               where library_id = ? and tracking_code = ?), ?, ?, ?, ?)""")
                .params(library.value(), code, library.value(), code, step.status().name(),
                        Timestamp.from(step.at()), step.staffAccountId(), step.note())
                .update();
    }

    public List<ComplaintStep> steps(LibraryId library, String code) {
        return jdbc.sql("""
                select status, reached_at, staff_account_id, note from complaint_step
                where library_id = ? and tracking_code = ? order by seq""")
                .params(library.value(), code)
                .query((rs, row) -> new ComplaintStep(ComplaintStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("reached_at").toInstant(), (Long) rs.getObject("staff_account_id"),
                        rs.getString("note")))
                .list();
    }

    /** Overdue complaints nobody has been told about since their deadline was set. */
    public List<Complaint> overdueNotNotified(LibraryId library, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from complaint where library_id = :library and status in (:awaiting)
                and due_at < :now and overdue_notified_at is null order by due_at""")
                .param("library", library.value()).param("awaiting", AWAITING).param("now", Timestamp.from(now))
                .query(ComplaintRepository::complaint).list();
    }

    public void markNotified(LibraryId library, List<String> codes, Instant now) {
        codes.forEach(code -> jdbc.sql("""
                update complaint set overdue_notified_at = ? where library_id = ? and tracking_code = ?""")
                .params(Timestamp.from(now), library.value(), code).update());
    }

    /** Resolved complaints whose closing deadline has passed without a reply from the complainant. */
    public List<String> dueForClosing(LibraryId library, Instant now) {
        return jdbc.sql("""
                select tracking_code from complaint where library_id = ? and status = 'RESOLVED' and due_at < ?""")
                .params(library.value(), Timestamp.from(now)).query(String.class).list();
    }

    private static Complaint complaint(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new Complaint(rs.getString("tracking_code"), ChannelType.valueOf(rs.getString("channel")),
                rs.getString("body"), rs.getString("complainant_name"), rs.getString("complainant_contact"),
                rs.getBoolean("anonymous"), rs.getBoolean("confidential"),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
                due == null ? null : due.toInstant(), rs.getString("public_response"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

package id.serambi.frontoffice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.frontoffice.ExpiredCardPolicy;
import id.serambi.frontoffice.VisitSummary;
import id.serambi.frontoffice.VisitorType;
import id.serambi.libraries.LibraryId;

/** The guest book's visits. */
@Repository
public class VisitRepository {

    private final JdbcClient jdbc;

    VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = """
            insert into visit (library_id, visited_at, visited_on, visitor_type, member_number, purpose, people,
                location, visitor_name, category_code, card_warning, sex, occupation, education, institution,
                address, group_name, leader, contact, male, female, staff_account_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""";

    public long insert(LibraryId library, VisitRow v) {
        return jdbc.sql(INSERT).params(values(library, v)).query(Long.class).single();
    }

    private static List<Object> values(LibraryId library, VisitRow v) {
        return Arrays.asList(library.value(), Timestamp.from(v.visitedAt()), Date.valueOf(v.visitedOn()),
                v.type().name(), v.memberNumber(), v.purpose(), v.people(), v.location(), v.name(), v.categoryCode(),
                v.cardWarning(), v.sex(), v.occupation(), v.education(), v.institution(), v.address(),
                v.groupName(), v.leader(), v.contact(), v.male(), v.female(), v.staffAccountId());
    }

    /** The statement of {@link #people}: parameters library, from and to. */
    static final String PEOPLE = """
            select visitor_type, purpose, visited_on, sum(people) as people from (
                select visitor_type, purpose, visited_on, people from visit_day_total
                where library_id = :library and visited_on between :from and :to
                union all
                select visitor_type, purpose, visited_on, people from visit_day_live
                where library_id = :library and visited_on = any (array(
                    select day::date from generate_series(:from, :to, interval '1 day') day
                    where not exists (select 1 from visit_day_rolled r
                                      where r.library_id = :library and r.visited_on = day::date)))
            ) counted
            group by grouping sets ((visitor_type), (purpose), (visited_on))""";

    /**
     * People per visitor type, purpose and day: one pass with grouping sets, over the daily totals of rolled (closed)
     * days (see V96__frontoffice_visit_day_rollup.sql) and the live counts of the other days, today's included, kept as
     * the visits are written (V260__frontoffice_visit_day_live.sql): no visit is read.
     */
    public List<PeopleCount> people(LibraryId library, LocalDate from, LocalDate to) {
        return jdbc.sql(PEOPLE)
                .param("library", library.value()).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, row) -> new PeopleCount(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getLong(4)))
                .list();
    }

    /** One group of {@link #people}: exactly one of type, purpose and day is set. */
    public record PeopleCount(String visitorType, String purpose, LocalDate day, long people) {
    }

    public List<VisitSummary> latest(LibraryId library, LocalDate day, int limit) {
        return jdbc.sql("""
                select id, visited_at, visitor_type, member_number, coalesce(group_name, visitor_name) as name,
                       purpose, people, location, card_warning
                from visit where library_id = ? and visited_on = ? order by visited_at desc limit ?""")
                .params(library.value(), Date.valueOf(day), limit)
                .query((rs, row) -> new VisitSummary(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        VisitorType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getInt(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** When the member last signed the guest book at or after {@code since}. */
    public Optional<Instant> lastMemberVisit(LibraryId library, String memberNumber, Instant since) {
        return jdbc.sql("""
                select max(visited_at) from visit
                where library_id = ? and member_number = ? and visited_at >= ?""")
                .params(library.value(), memberNumber, Timestamp.from(since))
                .query((rs, row) -> rs.getTimestamp(1)).optional().map(t -> t == null ? null : t.toInstant());
    }
}

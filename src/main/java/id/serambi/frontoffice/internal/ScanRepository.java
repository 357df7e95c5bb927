package id.serambi.frontoffice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.frontoffice.ExpiredCardPolicy;

/**
 * Card scans, read and written for any number of scans at once: one statement brings every scan's card, rules and
 * earlier visit, one statement writes the visits and marks first scans. The desk's single scan is a batch of one;
 * the API's quick path sends the scans that arrived together (see {@link QuickScans}).
 */
@Repository
class ScanRepository {

    private static final String CONTEXTS = """
            select c.member_number, c.full_name, c.category_code, c.status, c.expires_on, c.replaced_by,
                   c.first_scanned_at is null as first_scan,
                   coalesce(st.expired_card_policy, 'REFUSE') as policy, p.code as purpose,
                   exists (select 1 from visit_purpose vp
                           where vp.library_id = s.lib and vp.code = p.code and vp.active) as purpose_active,
                   (s.location is null or exists (select 1 from visit_location vl
                           where vl.library_id = s.lib and vl.code = s.location and vl.active)) as location_active,
                   earlier.id as earlier_id, earlier.visited_at as earlier_at
            from unnest(cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[])) with ordinality as s(lib, number, purpose, location, at, i)
            left join frontoffice_settings st on st.library_id = s.lib
            cross join lateral (select coalesce(s.purpose, st.default_purpose, 'READING') as code) p
            left join frontoffice_member_card c on c.library_id = s.lib and c.member_number = s.number
            left join lateral (select v.id, v.visited_at from visit v
                    where v.library_id = s.lib and v.member_number = s.number
                      and v.visited_at <= cast(s.at as timestamptz)
                      and v.visited_at > cast(s.at as timestamptz)
                          - make_interval(mins => coalesce(st.duplicate_window_minutes, 30))
                    order by v.visited_at desc limit 1) earlier on true
            order by s.i""";

    private static final String INSERT = """
            with s as (
                select * from unnest(cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as bigint[]), cast(? as boolean[])) as s(library_id, visited_at, visited_on, member_number,
                    purpose, location, visitor_name, category_code, card_warning, staff_account_id, unscanned)
            ), v as (
                insert into visit (library_id, visited_at, visited_on, visitor_type, member_number, purpose, people,
                    location, visitor_name, category_code, card_warning, staff_account_id)
                select library_id, cast(visited_at as timestamptz), cast(visited_on as date), 'MEMBER', member_number,
                       purpose, 1, location, visitor_name, category_code, card_warning, staff_account_id
                from s
                returning library_id, member_number, id
            ), m as (
                update frontoffice_member_card c set first_scanned_at = cast(s.visited_at as timestamptz)
                from s
                where s.unscanned and c.library_id = s.library_id and c.member_number = s.member_number
                  and c.first_scanned_at is null
                returning c.library_id, c.member_number
            )
            select v.library_id, v.member_number, v.id, m.member_number is not null as first
            from v left join m on m.library_id = v.library_id and m.member_number = v.member_number""";

    private final JdbcClient jdbc;

    ScanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each scan's context, in the order asked. */
    List<ScanContext> contexts(List<ScanRequest> scans) {
        return jdbc.sql(CONTEXTS).params(
                scans.stream().map(s -> s.library().idValue()).toArray(Integer[]::new),
                scans.stream().map(ScanRequest::memberNumber).toArray(String[]::new),
                scans.stream().map(ScanRequest::purpose).toArray(String[]::new),
                scans.stream().map(ScanRequest::location).toArray(String[]::new),
                scans.stream().map(s -> s.at().toString()).toArray(String[]::new))
                .query(ScanRepository::context).list();
    }

    /**
     * Writes member visits (at most one per library and member number) and marks each card's first scan; answers
     * per library and number the new visit's id and whether it was the card's first scan.
     */
    Map<String, Written> insert(List<Scan> scans) {
        Map<String, Written> written = new HashMap<>();
        jdbc.sql(INSERT).params(
                scans.stream().map(s -> s.library()).toArray(Integer[]::new),
                scans.stream().map(s -> s.row().visitedAt().toString()).toArray(String[]::new),
                scans.stream().map(s -> s.row().visitedOn().toString()).toArray(String[]::new),
                scans.stream().map(s -> s.row().memberNumber()).toArray(String[]::new),
                scans.stream().map(s -> s.row().purpose()).toArray(String[]::new),
                scans.stream().map(s -> s.row().location()).toArray(String[]::new),
                scans.stream().map(s -> s.row().name()).toArray(String[]::new),
                scans.stream().map(s -> s.row().categoryCode()).toArray(String[]::new),
                scans.stream().map(s -> s.row().cardWarning()).toArray(String[]::new),
                scans.stream().map(s -> s.row().staffAccountId()).toArray(Long[]::new),
                scans.stream().map(Scan::unscanned).toArray(Boolean[]::new))
                .query(rs -> {
                    written.put(rs.getInt(1) + "/" + rs.getString(2), new Written(rs.getLong(3), rs.getBoolean(4)));
                });
        return written;
    }

    /** A member visit to write in the library; {@code unscanned} when the card had no first scan when read. */
    record Scan(int library, VisitRow row, boolean unscanned) {

        String key() {
            return library + "/" + row.memberNumber();
        }
    }

    /** A written visit's id and whether it was the card's first scan. */
    record Written(long visitId, boolean first) {
    }

    private static ScanContext context(ResultSet rs, int row) throws SQLException {
        Timestamp earlierAt = rs.getTimestamp("earlier_at");
        return new ScanContext(rs.getString("member_number") == null ? null : MemberCardRepository.card(rs, row),
                rs.getBoolean("first_scan"), ExpiredCardPolicy.valueOf(rs.getString("policy")),
                rs.getString("purpose"), rs.getBoolean("purpose_active"), rs.getBoolean("location_active"),
                rs.getObject("earlier_id", Long.class), earlierAt == null ? null : earlierAt.toInstant());
    }
}

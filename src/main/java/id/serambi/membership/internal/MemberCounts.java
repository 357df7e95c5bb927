package id.serambi.membership.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** Counts of members for reports; no personal data leaves here. */
@Repository
public class MemberCounts {

    private final JdbcClient jdbc;

    MemberCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Members registered between two days of the library's calendar (both included), per category code. */
    public Map<String, Long> registeredByCategory(LibraryId library, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select category_code, count(*) from member
                where library_id = ? and registered_on between ? and ?
                group by category_code order by category_code""")
                .params(library.value(), Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}

package id.serambi.surveys.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.surveys.Respondent;
import id.serambi.surveys.SurveyElement;

@Repository
public class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LibraryId library, String service, Instant at, List<Integer> answers, int age,
            Respondent.Sex sex, Respondent.Education education, Respondent.Occupation occupation) {
        jdbc.sql("""
                insert into survey_response (library_id, service_code, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8,
                    u9, age, sex, education, occupation)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), service, Timestamp.from(at), answers.get(0), answers.get(1), answers.get(2),
                        answers.get(3), answers.get(4), answers.get(5), answers.get(6), answers.get(7),
                        answers.get(8), age, sex.name(), education.name(), occupation.name())
                .update();
    }

    /** How many questionnaires in [from, to), optionally for one service, and the sum of answers per element. */
    public Totals totals(LibraryId library, Instant from, Instant to, String service) {
        return jdbc.sql("""
                select count(*) as n, coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
                    coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0),
                    coalesce(sum(u8), 0), coalesce(sum(u9), 0)
                from survey_response where library_id = :library and submitted_at >= :from and submitted_at < :to
                and (cast(:service as text) is null or service_code = :service)""")
                .param("library", library.value()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("service", service)
                .query((rs, row) -> {
                    long[] sums = new long[SurveyElement.COUNT];
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = rs.getLong(i + 2);
                    }
                    return new Totals(rs.getInt("n"), sums);
                }).single();
    }

    public long count(LibraryId library) {
        return jdbc.sql("select count(*) from survey_response where library_id = ?").param(library.value())
                .query(Long.class).single();
    }

    /** Respondents and the per-element sums of their answers. */
    public record Totals(int respondents, long[] sums) {
    }
}

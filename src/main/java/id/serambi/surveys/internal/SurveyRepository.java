package id.serambi.surveys.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.surveys.FlaggedResponse;
import id.serambi.surveys.HeldOut;
import id.serambi.surveys.Respondent;
import id.serambi.surveys.SurveyElement;

@Repository
public class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LibraryId library, String service, Instant at, List<Integer> answers, int age,
            Respondent.Sex sex, Respondent.Education education, Respondent.Occupation occupation,
            String addressKey, UUID caseId) {
        jdbc.sql("""
                insert into survey_response (library_id, service_code, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8,
                    u9, age, sex, education, occupation, address_key, case_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), service, Timestamp.from(at), answers.get(0), answers.get(1), answers.get(2),
                        answers.get(3), answers.get(4), answers.get(5), answers.get(6), answers.get(7),
                        answers.get(8), age, sex.name(), education.name(), occupation.name(), addressKey, caseId)
                .update();
    }

    /** Whether the case's questionnaire was answered already. */
    public boolean answeredCase(LibraryId library, UUID caseId) {
        return jdbc.sql("select exists (select 1 from survey_response where library_id = ? and case_id = ?)")
                .params(library.value(), caseId).query(Boolean.class).single();
    }

    public int countFromAddress(LibraryId library, String addressKey, Instant since) {
        return jdbc.sql("""
                select count(*) from survey_response
                where library_id = ? and address_key = ? and submitted_at >= ?""")
                .params(library.value(), addressKey, Timestamp.from(since)).query(Integer.class).single();
    }

    public void flagFromAddress(LibraryId library, String addressKey, Instant since, String flag) {
        jdbc.sql("""
                update survey_response set flag = ?
                where library_id = ? and address_key = ? and submitted_at >= ? and flag is null and review is null""")
                .params(flag, library.value(), addressKey, Timestamp.from(since)).update();
    }

    public int countIdentical(LibraryId library, String service, List<Integer> answers, Instant since) {
        return jdbc.sql("select count(*) from survey_response where library_id = ? and service_code = ? "
                + "and submitted_at >= ? and " + SAME_ANSWERS)
                .params(identical(library, service, since, answers)).query(Integer.class).single();
    }

    public void flagIdentical(LibraryId library, String service, List<Integer> answers, Instant since, String flag) {
        List<Object> params = new java.util.ArrayList<>(List.of(flag));
        params.addAll(identical(library, service, since, answers));
        jdbc.sql("update survey_response set flag = ? where library_id = ? and service_code = ? "
                + "and submitted_at >= ? and " + SAME_ANSWERS + " and flag is null and review is null")
                .params(params).update();
    }

    private static final String SAME_ANSWERS =
            "(u1, u2, u3, u4, u5, u6, u7, u8, u9) = (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static List<Object> identical(LibraryId library, String service, Instant since, List<Integer> answers) {
        List<Object> params = new java.util.ArrayList<>(List.of(library.value(), service, Timestamp.from(since)));
        params.addAll(answers);
        return params;
    }

    /** The flagged questionnaires of [from, to), newest first. */
    public List<FlaggedResponse> flagged(LibraryId library, Instant from, Instant to) {
        return jdbc.sql("""
                select id, service_code, submitted_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, flag, review, reviewed_by,
                    reviewed_at, review_reason
                from survey_response
                where library_id = ? and flag is not null and submitted_at >= ? and submitted_at < ?
                order by submitted_at desc, id desc limit 1000""")
                .params(library.value(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    List<Integer> answers = new java.util.ArrayList<>();
                    for (int i = 1; i <= SurveyElement.COUNT; i++) {
                        answers.add(rs.getInt("u" + i));
                    }
                    Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
                    return new FlaggedResponse(rs.getLong("id"), rs.getString("service_code"),
                            rs.getTimestamp("submitted_at").toInstant(), List.copyOf(answers), rs.getString("flag"),
                            rs.getString("review"), rs.getString("reviewed_by"),
                            reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("review_reason"));
                }).list();
    }

    /** Records a review decision on the questionnaire and in the review log; false when there is no such one. */
    public boolean review(LibraryId library, long response, String decision, String reason, String by, Instant at) {
        int updated = jdbc.sql("""
                update survey_response set review = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?
                where library_id = ? and id = ?""")
                .params(decision, reason, by, Timestamp.from(at), library.value(), response).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("""
                insert into survey_review (library_id, response_id, decision, reason, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(library.value(), response, decision, reason, by, Timestamp.from(at)).update();
        return true;
    }

    /** Questionnaires of [from, to) held out of the IKM: flagged and waiting, and excluded. */
    public HeldOut heldOut(LibraryId library, Instant from, Instant to, String service) {
        return jdbc.sql("""
                select count(*) filter (where review is null), count(*) filter (where review = 'EXCLUDED')
                from survey_response where library_id = :library and submitted_at >= :from and submitted_at < :to
                and (cast(:service as text) is null or service_code = :service)
                and (flag is not null or review is not null) and review is distinct from 'INCLUDED'""")
                .param("library", library.value()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("service", service)
                .query((rs, row) -> new HeldOut(rs.getInt(1), rs.getInt(2))).single();
    }

    /** How many questionnaires in [from, to), optionally for one service, and the sum of answers per element. */
    public Totals totals(LibraryId library, Instant from, Instant to, String service) {
        return jdbc.sql("""
                select count(*) as n, coalesce(sum(u1), 0), coalesce(sum(u2), 0), coalesce(sum(u3), 0),
                    coalesce(sum(u4), 0), coalesce(sum(u5), 0), coalesce(sum(u6), 0), coalesce(sum(u7), 0),
                    coalesce(sum(u8), 0), coalesce(sum(u9), 0)
                from survey_response where library_id = :library and submitted_at >= :from and submitted_at < :to
                and (cast(:service as text) is null or service_code = :service)
                and (review = 'INCLUDED' or (review is null and flag is null))""")
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

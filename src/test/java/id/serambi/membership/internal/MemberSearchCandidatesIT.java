package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.serambi.support.IntegrationTest;

/**
 * The name search skips its similar-words branch (pg_trgm, 0.5) for query words of two or three letters, because the
 * other branches already find every such word. Checked here on every pair of words over a three-letter alphabet (where
 * repeated letters, the hard case for trigram sets, are everywhere), with pg_trgm itself and the deletions the word
 * list is built from.
 */
@IntegrationTest
class MemberSearchCandidatesIT {

    /** Query words of 2 to 4 letters against every word of 1 to 7 letters over {a, b, c}: per query length, the pairs
     * at least half similar and those found by no other branch (containing the query word, or one letter apart). */
    private static final String PAIRS = """
            with recursive words(w) as (
                select l from unnest(array['a', 'b', 'c']) as l
                union all
                select words.w || l from words, unnest(array['a', 'b', 'c']) as l where length(words.w) < 7),
            close_pairs as (
                select q.w as q, words.w
                from words as q, words
                where length(q.w) between 2 and 4 and similarity(words.w, q.w) >= 0.5)
            select length(q) as letters, count(*) as similar_pairs,
                   count(*) filter (where not (
                       strpos(w, q) > 0
                       or q in (select member_name_word_deletions(w))
                       or w in (select member_name_word_deletions(q))
                       or exists (select member_name_word_deletions(q)
                                  intersect select member_name_word_deletions(w)))) as only_similar
            from close_pairs group by 1""";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWordAtLeastHalfSimilarToAWordOfTwoOrThreeLettersContainsItOrIsOneLetterApart() {
        Map<Integer, long[]> byLength = new TreeMap<>();
        jdbc.sql(PAIRS).query(rs -> {
            byLength.put(rs.getInt("letters"), new long[] {rs.getLong("similar_pairs"), rs.getLong("only_similar")});
        });

        assertThat(byLength).containsOnlyKeys(2, 3, 4);
        assertThat(byLength.get(2)[0]).as("similar pairs, two letters").isPositive();
        assertThat(byLength.get(3)[0]).as("similar pairs, three letters").isPositive();
        assertThat(byLength.get(2)[1]).as("found only as similar, two letters").isZero();
        assertThat(byLength.get(3)[1]).as("found only as similar, three letters").isZero();
        // Where the shortcut would lose words: from four letters on, similarity finds what the other branches miss.
        assertThat(byLength.get(4)[1]).as("found only as similar, four letters").isPositive();
    }
}

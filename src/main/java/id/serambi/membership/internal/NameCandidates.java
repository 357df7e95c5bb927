package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.LibraryId;

/**
 * The candidate words of a typed name, word by word: the library's name words (kept in {@code member_name_word}, their
 * one-letter deletions in {@code member_name_word_deletion}) that are similar to a typed word, contain it, or are one
 * typing slip away, closest first. {@link MemberSearch} finds the members holding them.
 */
@Component
class NameCandidates {

    private static final String NAME_SIMILARITY = "0.5";
    /**
     * The closest words taken for one word of the query: enough for typing slips and the nearest words holding it,
     * bounded for "an" or "nur". Every candidate is one more posting list for the members' name index to read: with a
     * realistic word list (43,000 words for 1 M members) 200 candidates per word gave 102 searches/s and 93 ms p95 at
     * four connections, 40 give 161/s and 49 ms.
     */
    private static final int CANDIDATES_PER_WORD = 40;

    /**
     * Each word of a query (parameter 1) with its candidate words in the library (parameters 2-5). Every branch reads
     * an index: the word list's trigram index for similar words and words containing the query word (two branches,
     * so that each can use it), and the primary keys for the one-letter deletions, which are looked up as arrays
     * ({@code = any}) rather than {@code in (subquery)}, which PostgreSQL answers by reading the whole list: a
     * library with 80,000 distinct name words waited a quarter of a second for every search (3 ms now). Words of two
     * or three letters skip the similar-words branch: every word at least half similar to them contains them or is
     * one letter longer ({@code MemberSearchCandidatesIT} checks every such pair over a small alphabet), so the other
     * branches find it; for "sit" the branch rechecked 1,373 words in 3-4 ms to find nothing new.
     */
    static final String CANDIDATES = """
            select q.i, c.word
            from unnest(member_name_words(?)) with ordinality as q(w, i)
            left join lateral (
                select word from (
                    select d.word from member_name_word d
                    where d.library_id = ? and length(q.w) > 3 and d.word % q.w
                    union
                    select d.word from member_name_word d
                    where d.library_id = ? and d.word like '%' || q.w || '%'
                    union
                    select x.word from member_name_word_deletion x
                    where x.library_id = ?
                      and x.deletion = any(array(select q.w union all select member_name_word_deletions(q.w)))
                    union
                    select d.word from member_name_word d
                    where d.library_id = ? and d.word = any(array(select member_name_word_deletions(q.w)))
                ) as any_way
                order by similarity(word, q.w) desc, word
                limit""" + " " + CANDIDATES_PER_WORD + """
                ) as c on true
            where length(q.w) >= 2""";

    private final JdbcClient jdbc;

    NameCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The keys of the members' name-words index for the given words of the library ({@code member_name_keys}: the
     * library's id and the word).
     */
    static String[] keys(LibraryId library, List<String> words) {
        String prefix = library.value() + ":";
        return words.stream().map(word -> prefix + word).toArray(String[]::new);
    }

    /** Per word of the query (two letters or more), in order: its candidate words, closest first. */
    Map<Integer, List<String>> of(LibraryId library, String q) {
        // Closer candidates than pg_trgm's default 0.3 (which lets almost any short word through).
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(NAME_SIMILARITY)
                .query(String.class).single();
        Map<Integer, List<String>> candidates = new TreeMap<>();
        jdbc.sql(CANDIDATES)
                .params(q, library.value(), library.value(), library.value(), library.value())
                .query((rs, row) -> {
                    List<String> words = candidates.computeIfAbsent(rs.getInt(1), i -> new ArrayList<>());
                    if (rs.getString(2) != null) {
                        words.add(rs.getString(2));
                    }
                    return null;
                }).list();
        return candidates;
    }
}

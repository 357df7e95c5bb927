package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;

/**
 * Finds members by number (exact), NIK (exact, through the blind index) or name (word by word, typo-tolerant), a page
 * at a time.
 */
@Repository
public class MemberSearch {

    private static final String NAME_SIMILARITY = "0.5";
    /** How well a member's name matches the typed name (parameter: the name in lower case); best first. */
    private static final String NAME_SCORE = "similarity(lower(m.full_name), ?)";
    /**
     * The closest words taken for one word of the query: enough for typing slips and the nearest words holding it,
     * bounded for "an" or "nur". Every candidate is one more posting list for the members' name index to read: with a
     * realistic word list (43,000 words for 1 M members) 200 candidates per word gave 102 searches/s and 93 ms p95 at
     * four connections, 40 give 161/s and 49 ms.
     */
    private static final int CANDIDATES_PER_WORD = 40;

    private final JdbcClient jdbc;
    private final Identities identities;

    MemberSearch(JdbcClient jdbc, Identities identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** One page of results. */
    public record Page(List<MemberView> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    public Page search(LibraryId library, String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return run(library, "true", List.of(), "m.id desc", page, size);
        }
        if (q.matches("\\d{16}")) {
            // Two halves, each matching a partial index: the live card (member_nik_live) and replaced cards.
            byte[] index = identities.nikIndex(library.value(), q);
            return run(library, "((m.nik_index = ? and m.status <> 'REPLACED') or (m.nik_index = ? and m.status = "
                    + "'REPLACED'))", List.of(index, index), "m.id desc", page, size);
        }
        if (q.length() <= 40 && q.chars().anyMatch(Character::isDigit) && q.matches("[A-Za-z0-9./-]+")) {
            // What a scanner or a typed card number gives: the exact number first (an index lookup), the fuzzy name
            // search only when no card has it.
            Page exact = run(library, "m.member_number in (?, ?)", List.of(q, q.toUpperCase(Locale.ROOT)),
                    "m.id desc", page, size);
            if (exact.total() > 0) {
                return exact;
            }
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(q.toUpperCase(Locale.ROOT)));
        String names = nameCondition(library, q, lower, params);
        return ranked(library, "(m.member_number = ? or " + names + ")", params, lower, page, size);
    }

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

    /**
     * Members whose name has, for every word of the query (two letters or more), a word like it: similar (pg_trgm,
     * 0.5), containing it, or one typing slip away (a letter left out, added or changed). Each word's candidates come
     * from the library's word list ({@code member_name_word}); the members from the index of their name words.
     */
    private String nameCondition(LibraryId library, String q, String lower, List<Object> params) {
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
        if (candidates.isEmpty()) {
            // Only one-letter words: what the name holds as typed.
            params.add(likeSafe(lower));
            return "lower(m.full_name) like '%' || ? || '%'";
        }
        if (candidates.values().stream().anyMatch(List::isEmpty)) {
            return "false";
        }
        List<String> conditions = new ArrayList<>();
        for (List<String> words : candidates.values()) {
            conditions.add("member_name_words(m.full_name) && ?::text[]");
            params.add(words.toArray(String[]::new));
        }
        return "(" + String.join(" and ", conditions) + ")";
    }

    /**
     * The page, best names first, and the total in one pass over the matches (a fuzzy match is too dear to run
     * twice). Ranked and counted on the members' ids and scores only, then the page's twenty rows read in full: a
     * common first name matches 20,000 members of a million, whose whole rows counted in the same pass overflowed the
     * window's memory to disk (267 ms for one search against 205 ms).
     */
    private Page ranked(LibraryId library, String where, List<Object> params, String name, int page, int size) {
        List<Object> all = new ArrayList<>(List.of(name, library.value()));
        all.addAll(params);
        all.addAll(List.of(size, (long) page * size, library.value()));
        long[] total = {0};
        List<MemberView> items = jdbc.sql("""
                with ranked as (
                    select x.id, x.score, count(*) over () as total_matches
                    from (select m.id,\s""" + NAME_SCORE + """
                           as score from member m where m.library_id = ? and\s""" + where + """
                    ) as x
                    order by x.score desc, x.id desc limit ? offset ?)
                select r.total_matches,\s""" + MemberRepository.VIEW_COLUMNS + """
                 join ranked r on r.id = m.id
                where m.library_id = ?
                order by r.score desc, m.id desc""").params(all)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total_matches");
                    return MemberRepository.view(rs, row);
                }).list();
        if (items.isEmpty() && page > 0) {
            return run(library, where, params, NAME_SCORE + " desc, m.id desc", page, size, name);
        }
        return new Page(items, page, size, total[0]);
    }

    private Page run(LibraryId library, String where, List<Object> params, String order, int page, int size,
            Object... orderParams) {
        List<Object> all = new ArrayList<>();
        all.add(library.value());
        all.addAll(params);
        long total = jdbc.sql("select count(*) from member m where m.library_id = ? and " + where).params(all)
                .query(Long.class).single();
        List<Object> paged = new ArrayList<>(all);
        paged.addAll(List.of(orderParams));
        paged.add(size);
        paged.add((long) page * size);
        List<MemberView> items = jdbc.sql("select " + MemberRepository.VIEW_COLUMNS + " where m.library_id = ? and "
                + where + " order by " + order + " limit ? offset ?").params(paged)
                .query(MemberRepository::view).list();
        return new Page(items, page, size, total);
    }

    private static String likeSafe(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

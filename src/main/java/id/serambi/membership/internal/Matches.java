package id.serambi.membership.internal;

import java.util.ArrayList;
import java.util.List;

import id.serambi.libraries.LibraryId;

/**
 * A query for a name search's matches: their ids and names (a member once per candidate word it holds, when read word
 * by word), and its parameters.
 */
record Matches(String sql, List<Object> params) {

    /**
     * The member with the typed number, and the members holding, for every word of the query, one of its candidate
     * words ({@code words}: per word, its candidates; {@code params} starts with the number, then each word's candidates
     * as keys of the name index).
     *
     * <p>The word with the fewest candidates drives: its candidates one at a time, closest first, so that a limited
     * read takes the closest words' members (all holders of "budi" before those of "budiman" or "rudi"), one posting
     * list each; the other words are checked on those members only. The "offset 0" keeps the per-word read a subquery
     * of its own: pulled up into a plain join of the candidates with the members, PostgreSQL could (and for some
     * numbers of candidates did: 0.6-1.8 s, where the index answers in 1-32 ms) read every member of the library, in
     * parallel, and evaluate the name-words expression against every candidate; a plain condition over the members
     * leaves it the same choice. {@code NameSearchPlanIT} checks the plans.
     */
    static Matches byWords(LibraryId library, List<List<String>> words, List<Object> params) {
        int driver = 0;
        for (int i = 1; i < words.size(); i++) {
            driver = words.get(i).size() < words.get(driver).size() ? i : driver;
        }
        List<Object> matchParams = new ArrayList<>(
                List.of(library.value(), params.get(0), params.get(1 + driver), library.value()));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i != driver) {
                others.add("m.keys && ?::text[]");
                matchParams.add(params.get(1 + i));
            }
        }
        // The other words outside the subquery, which PostgreSQL does not push conditions into: checked on the rows
        // read, never an index condition re-reading their posting lists for every driving word.
        String keys = others.isEmpty() ? "" : ", member_name_keys(m.library_id, m.full_name) as keys";
        String check = others.isEmpty() ? "" : " where " + String.join(" and ", others);
        return new Matches("""
                select m.id, m.full_name from member m where m.library_id = ? and m.member_number = ?
                union all
                select m.id, m.full_name from unnest(?::text[]) as c(word)
                cross join lateral (
                    select m.id, m.full_name""" + keys + """

                    from member m
                    where m.library_id = ?
                      and member_name_keys(m.library_id, m.full_name) && array[c.word]
                    offset 0) as m""" + check, matchParams);
    }
}

package id.serambi.membership.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;
import id.serambi.membership.SearchTooBroadException;

/**
 * Finds members by number (exact), NIK (exact, through the blind index) or name (word by word, typo-tolerant), a page
 * at a time.
 *
 * <p>Every search is bounded, so that one librarian's search cannot take the server's cores from the door: its
 * statements run without parallel workers (a parallel plan once evaluated the name-words expression for every member
 * of a library, 0.6-1.8 s a search, where the name index answers in 1-32 ms), the members are reached through the
 * name index by the statements' form ({@code NameSearchPlanIT}), and a statement running past
 * {@link MemberSearchProperties#statementTimeout()} ends the search with {@link SearchTooBroadException} ("refine the
 * search").
 */
@Repository
@EnableConfigurationProperties(MemberSearchProperties.class)
public class MemberSearch {

    /** PostgreSQL's "canceling statement due to statement timeout". */
    private static final String QUERY_CANCELED = "57014";

    /** How well a member's name matches the typed name (parameter: the name in lower case); best first. */
    private static final String NAME_SCORE = "similarity(lower(m.full_name), ?)";

    /**
     * How many matches of a name search are counted and ranked for the first pages: beyond it the page says "more than
     * 1,000" (as search engines do). Reading and ranking every match of one common first name took 100-390 ms over a
     * million members (33,284 for "Budi" with its similar words); a name that broad needs another word anyway.
     */
    static final int COUNT_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Identities identities;
    private final NameCandidates nameCandidates;
    private final int countLimit;
    private final Duration statementTimeout;

    @Autowired
    MemberSearch(JdbcClient jdbc, Identities identities, NameCandidates nameCandidates,
            MemberSearchProperties properties) {
        this(jdbc, identities, nameCandidates, COUNT_LIMIT, properties.statementTimeout());
    }

    MemberSearch(JdbcClient jdbc, Identities identities, NameCandidates nameCandidates) {
        this(jdbc, identities, nameCandidates, COUNT_LIMIT, MemberSearchProperties.DEFAULT_TIMEOUT);
    }

    MemberSearch(JdbcClient jdbc, Identities identities, NameCandidates nameCandidates, int countLimit) {
        this(jdbc, identities, nameCandidates, countLimit, MemberSearchProperties.DEFAULT_TIMEOUT);
    }

    MemberSearch(JdbcClient jdbc, Identities identities, NameCandidates nameCandidates, int countLimit,
            Duration statementTimeout) {
        this.jdbc = jdbc;
        this.identities = identities;
        this.nameCandidates = nameCandidates;
        this.countLimit = countLimit;
        this.statementTimeout = statementTimeout;
    }

    /**
     * One page of results; {@code moreThanTotal} when more members match than were counted ({@code total} is then the
     * count limit).
     */
    public record Page(List<MemberView> items, int page, int size, long total, boolean moreThanTotal) {

        Page(List<MemberView> items, int page, int size, long total) {
            this(items, page, size, total, false);
        }
    }

    /** A page of the members found; {@link SearchTooBroadException} when a statement runs past the time allowed. */
    @Transactional(readOnly = true)
    public Page search(LibraryId library, String query, int page, int size) {
        // For this transaction only: no parallel workers, and the time allowed to each statement.
        jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true),"
                + " set_config('statement_timeout', ?, true)").param(statementTimeout.toMillis() + "ms")
                .query().listOfRows();
        try {
            return find(library, query, page, size);
        } catch (DataAccessException e) {
            if (canceled(e)) {
                throw new SearchTooBroadException();
            }
            throw e;
        }
    }

    private static boolean canceled(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Page find(LibraryId library, String query, int page, int size) {
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
            // The number a member had in the old system an import brought them from.
            Page former = run(library, "lower(m.former_number) = ?", List.of(q.toLowerCase(Locale.ROOT)), "m.id desc",
                    page, size);
            if (former.total() > 0) {
                return former;
            }
        }
        String lower = q.toLowerCase(Locale.ROOT);
        List<Object> params = new ArrayList<>(List.of(q.toUpperCase(Locale.ROOT)));
        Map<Integer, List<String>> candidates = nameCandidates.of(library, q);
        String where = "(m.member_number = ? or " + nameCondition(library, candidates, lower, params) + ")";
        List<List<String>> words = new ArrayList<>(candidates.values());
        if (!words.isEmpty() && words.stream().noneMatch(List::isEmpty)) {
            return ranked(library, Matches.byWords(library, words, params), where, params, lower, page, size, true);
        }
        return ranked(library, null, where, params, lower, page, size, true);
    }

    /**
     * Members whose name has, for every word of the query (two letters or more), a word like it: similar (pg_trgm,
     * 0.5), containing it, or one typing slip away (a letter left out, added or changed). Each word's candidates come
     * from the library's word list ({@link NameCandidates}); the members from the index of their name words, whose keys
     * carry the library (so that a search never reads another library's members).
     */
    private String nameCondition(LibraryId library, Map<Integer, List<String>> candidates, String lower,
            List<Object> params) {
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
            conditions.add("member_name_keys(m.library_id, m.full_name) && ?::text[]");
            params.add(NameCandidates.keys(library, words));
        }
        return "(" + String.join(" and ", conditions) + ")";
    }

    /**
     * The page, best names first, and the total in one pass over the matches (a fuzzy match is too dear to run
     * twice): each match's id and name (from the {@code where} condition, or {@code closestFirst}, a member once per
     * candidate word it holds), ranked and counted on ids and scores only, then the page's rows read in full (a common
     * first name matches 20,000 members of a million, whose whole rows counted in the same pass overflowed the
     * window's memory to disk).
     *
     * <p>For the first pages ({@link #countLimit} matches) the raw matches are read only up to a little over the
     * limit: a broad name ends up "more than 1,000", ranked among those read. When duplicates (a member holding two
     * candidates) leave it unclear whether the limit was passed, or for a page beyond the limit, every match is read.
     */
    private Page ranked(LibraryId library, Matches closestFirst, String where, List<Object> params, String name,
            int page, int size, boolean mayLimit) {
        long rawLimit = countLimit + 1L + countLimit / 10;
        boolean limited = mayLimit && (long) page * size + size <= countLimit;
        Matches matches = closestFirst;
        if (matches == null) {
            List<Object> whereParams = new ArrayList<>(List.of(library.value()));
            whereParams.addAll(params);
            matches = new Matches("select m.id, m.full_name from member m where m.library_id = ? and " + where,
                    whereParams);
        }
        String raw = matches.sql();
        List<Object> all = new ArrayList<>(matches.params());
        all.addAll(List.of(name, size, (long) page * size, library.value()));
        long[] counts = {0, 0};
        List<MemberView> items = jdbc.sql("with raw as (" + raw + (limited ? " limit " + rawLimit : "") + """
                ),
                ranked as (
                    select x.id, x.score, count(*) over () as total_matches
                    from (select d.id, similarity(lower(d.full_name), ?) as score
                          from (select""" + (matches == closestFirst ? " distinct" : "") + """
                           id, full_name from raw) as d) as x
                    order by x.score desc, x.id desc limit ? offset ?)
                select r.total_matches, (select count(*) from raw) as raw_matches,\s"""
                + MemberRepository.VIEW_COLUMNS + """
                 join ranked r on r.id = m.id
                where m.library_id = ?
                order by r.score desc, m.id desc""").params(all)
                .query((rs, row) -> {
                    counts[0] = rs.getLong("total_matches");
                    counts[1] = rs.getLong("raw_matches");
                    return MemberRepository.view(rs, row);
                }).list();
        boolean cut = limited && counts[1] >= rawLimit;
        if (cut && counts[0] <= countLimit) {
            // Read up to the limit, but so many duplicates that fewer than the limit are distinct: count them all.
            return ranked(library, closestFirst, where, params, name, page, size, false);
        }
        if (items.isEmpty() && page > 0) {
            return run(library, where, params, NAME_SCORE + " desc, m.id desc", page, size, name);
        }
        return cut ? new Page(items, page, size, countLimit, true) : new Page(items, page, size, counts[0]);
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

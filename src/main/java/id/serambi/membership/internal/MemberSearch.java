package id.serambi.membership.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;

/**
 * Finds members by number (exact), NIK (exact, through the blind index) or name (typo-tolerant, pg_trgm with a GIN
 * trigram index), a page at a time.
 */
@Repository
public class MemberSearch {

    private static final String NAME_SIMILARITY = "0.5";

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
            Page exact = run(library, "m.member_number in (?, ?)", List.of(q, q.toUpperCase(java.util.Locale.ROOT)),
                    "m.id desc", page, size);
            if (exact.total() > 0) {
                return exact;
            }
        }
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        // Closer candidates than pg_trgm's default 0.3: a one-letter typo scores about 0.7 and a part of a name is
        // found by the substring match, while 0.3 drags thousands of loosely similar names through the index.
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', ?, true)").param(NAME_SIMILARITY)
                .query(String.class).single();
        return counted(library, "(m.member_number = ? or lower(m.full_name) % ? or lower(m.full_name) "
                + "like '%' || ? || '%')", List.of(q.toUpperCase(java.util.Locale.ROOT), lower, likeSafe(lower),
                lower), "similarity(lower(m.full_name), ?) desc, m.id desc", page, size);
    }

    /** The page and the total in one pass over the matches (a fuzzy match is too dear to run twice). */
    private Page counted(LibraryId library, String where, List<Object> params, String order, int page, int size) {
        List<Object> all = new java.util.ArrayList<>(List.of(library.value()));
        all.addAll(params);
        all.add(size);
        all.add((long) page * size);
        long[] total = {0};
        List<MemberView> items = jdbc.sql("select count(*) over () as total_matches, " + MemberRepository.VIEW_COLUMNS
                + " where m.library_id = ? and " + where + " order by " + order + " limit ? offset ?").params(all)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total_matches");
                    return MemberRepository.view(rs, row);
                }).list();
        if (items.isEmpty() && page > 0) {
            return run(library, where, params.subList(0, params.size() - 1), order, page, size,
                    params.getLast());
        }
        return new Page(items, page, size, total[0]);
    }

    private Page run(LibraryId library, String where, List<Object> params, String order, int page, int size,
            Object... orderParams) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(library.value());
        all.addAll(params);
        long total = jdbc.sql("select count(*) from member m where m.library_id = ? and " + where).params(all)
                .query(Long.class).single();
        List<Object> paged = new java.util.ArrayList<>(all);
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

package id.serambi.membership.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberView;

/**
 * Finds members by number (exact), NIK (exact, through the blind index) or name (typo-tolerant, pg_trgm with a GIN
 * trigram index), a page at a time.
 */
@Repository
public class MemberSearch {

    private final JdbcClient jdbc;
    private final Identities identities;

    MemberSearch(JdbcClient jdbc, Identities identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    /** One page of results. */
    public record Page(List<MemberView> items, int page, int size, long total) {
    }

    public Page search(LibraryId library, String query, int page, int size) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return run(library, "true", List.of(), "m.id desc", page, size);
        }
        if (q.matches("\\d{16}")) {
            return run(library, "m.nik_index = ?", List.of(identities.nikIndex(library.value(), q)), "m.id desc",
                    page, size);
        }
        String lower = q.toLowerCase(java.util.Locale.ROOT);
        return run(library, "(m.member_number = ? or lower(m.full_name) % ? or lower(m.full_name) "
                + "like '%' || ? || '%')", List.of(q.toUpperCase(java.util.Locale.ROOT), lower, likeSafe(lower)),
                "similarity(lower(m.full_name), ?) desc, m.id desc",
                page, size, lower);
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

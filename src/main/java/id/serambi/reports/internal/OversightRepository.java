package id.serambi.reports.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** The libraries each library oversees, in the order the administrator listed them. */
@Repository
public class OversightRepository {

    private final JdbcClient jdbc;

    OversightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LibraryId> overseen(LibraryId library) {
        return jdbc.sql("""
                select overseen_library_id from library_oversight where library_id = ?
                order by position, overseen_library_id""")
                .param(library.value()).query((rs, row) -> new LibraryId(rs.getInt(1))).list();
    }

    /** Replaces the whole list (one statement each, inside the caller's transaction). */
    public void replace(LibraryId library, List<LibraryId> overseen) {
        jdbc.sql("delete from library_oversight where library_id = ?").param(library.value()).update();
        for (int i = 0; i < overseen.size(); i++) {
            jdbc.sql("insert into library_oversight (library_id, overseen_library_id, position) values (?, ?, ?)")
                    .params(library.value(), overseen.get(i).value(), i).update();
        }
    }
}

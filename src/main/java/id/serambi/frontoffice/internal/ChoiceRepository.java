package id.serambi.frontoffice.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** Purposes of visit and rooms of a library (two tables of the same shape). */
@Repository
public class ChoiceRepository {

    /** A row as stored: a null name means the bundle's label for the code. */
    public record StoredChoice(String code, String name, boolean active) {
    }

    private final JdbcClient jdbc;

    ChoiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives a library the default list once, when it has none yet (deactivated defaults stay deactivated). */
    public void ensureDefaults(LibraryId library, ChoiceList list) {
        List<String> codes = list.defaults();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("('").append(codes.get(i)).append("', ").append(i).append(')');
        }
        jdbc.sql("insert into " + list.table() + " (library_id, code, position) select ?, d.code, d.position "
                + "from (values " + rows + ") d (code, position) "
                + "where not exists (select 1 from " + list.table() + " where library_id = ?)")
                .params(library.value(), library.value()).update();
    }

    public List<StoredChoice> findAll(LibraryId library, ChoiceList list) {
        return jdbc.sql("select code, name, active from " + list.table()
                + " where library_id = ? order by position, code")
                .param(library.value()).query(StoredChoice.class).list();
    }

    public boolean isActive(LibraryId library, ChoiceList list, String code) {
        return jdbc.sql("select exists (select 1 from " + list.table()
                + " where library_id = ? and code = ? and active)")
                .params(library.value(), code).query(Boolean.class).single();
    }

    public boolean exists(LibraryId library, ChoiceList list, String code) {
        return jdbc.sql("select exists (select 1 from " + list.table() + " where library_id = ? and code = ?)")
                .params(library.value(), code).query(Boolean.class).single();
    }

    public void add(LibraryId library, ChoiceList list, String code, String name) {
        jdbc.sql("insert into " + list.table() + " (library_id, code, name, position) select ?, ?, ?, "
                + "coalesce(max(position) + 1, 0) from " + list.table() + " where library_id = ?")
                .params(library.value(), code, name, library.value()).update();
    }

    public void update(LibraryId library, ChoiceList list, String code, String name, boolean active) {
        jdbc.sql("update " + list.table() + " set name = ?, active = ? where library_id = ? and code = ?")
                .params(name, active, library.value(), code).update();
    }
}

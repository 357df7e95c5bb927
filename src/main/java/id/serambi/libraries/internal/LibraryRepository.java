package id.serambi.libraries.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.RememberedRows;

/**
 * The libraries. Every request of staff or patrons names its library, so lookups by code and id are answered from
 * memory ({@link RememberedRows}); the few rows change only through this class, which forgets them on every change.
 */
@Repository
public class LibraryRepository {

    private static final String COLUMNS = """
            id, code, name, agency, address, postal_code, phone, email, website, region_code, timezone,
            replacement_documents""";

    private final JdbcClient jdbc;
    private final RememberedRows<String, Library> byCode =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);
    private final RememberedRows<LibraryId, Library> byId =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    LibraryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Library> findAll() {
        return jdbc.sql("select " + COLUMNS + " from library order by name").query(LibraryRepository::map).list();
    }

    public Optional<Library> findByCode(String code) {
        return byCode.find(code, key -> jdbc.sql("select " + COLUMNS + " from library where code = ?").param(key)
                .query(LibraryRepository::map).optional());
    }

    public Optional<Library> findById(LibraryId id) {
        return byId.find(id, key -> jdbc.sql("select " + COLUMNS + " from library where id = ?").param(key.value())
                .query(LibraryRepository::map).optional());
    }

    private void forgetAll() {
        byCode.forget();
        byId.forget();
    }

    public LibraryId insert(Library library) {
        forgetAll();
        Integer id = jdbc.sql("""
                insert into library (code, name, agency, address, postal_code, phone, email, website, region_code,
                                     timezone, replacement_documents)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(library.code(), library.name(), library.agency(), library.address(), library.postalCode(),
                        library.phone(), library.email(), library.website(), library.regionCode(),
                        library.timezone().getId(), SqlArrays.of(library.replacementDocuments()))
                .query(Integer.class).single();
        return LibraryId.of(id);
    }

    /** Whether the library's hand-over of a card needs the member's phone number proven. */
    public boolean handoverRequiresConfirmedPhone(LibraryId id) {
        return jdbc.sql("select handover_requires_confirmed_phone from library where id = ?").param(id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    public void setHandoverRequiresConfirmedPhone(LibraryId id, boolean required) {
        jdbc.sql("update library set handover_requires_confirmed_phone = ? where id = ?")
                .params(required, id.value()).update();
    }

    public void updateProfile(LibraryId id, Library profile) {
        forgetAll();
        jdbc.sql("""
                update library set name = ?, agency = ?, address = ?, postal_code = ?, phone = ?, email = ?,
                       website = ?, region_code = ?, timezone = ?, replacement_documents = ?
                where id = ?""")
                .params(profile.name(), profile.agency(), profile.address(), profile.postalCode(), profile.phone(),
                        profile.email(), profile.website(), profile.regionCode(), profile.timezone().getId(),
                        SqlArrays.of(profile.replacementDocuments()), id.value())
                .update();
    }

    private static Library map(ResultSet rs, int row) throws SQLException {
        return new Library(LibraryId.of(rs.getInt("id")), rs.getString("code"), rs.getString("name"),
                rs.getString("agency"), rs.getString("address"), rs.getString("postal_code"), rs.getString("phone"),
                rs.getString("email"), rs.getString("website"), rs.getString("region_code"),
                ZoneId.of(rs.getString("timezone")),
                SqlArrays.enums(rs, "replacement_documents", DocumentType::valueOf));
    }
}

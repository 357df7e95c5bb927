package id.serambi.internetroom.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.internetroom.Workstation;
import id.serambi.libraries.LibraryId;

/** The internet room's PCs. */
@Repository
public class WorkstationRepository {

    private final JdbcClient jdbc;

    WorkstationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Workstation> findAll(LibraryId library) {
        return jdbc.sql("select id, name, location, in_service from workstation where library_id = ? order by name")
                .param(library.value()).query(Workstation.class).list();
    }

    /** The workstation by name (any case), locked until the transaction ends so that two starts cannot race. */
    public Optional<Workstation> lockByName(LibraryId library, String name) {
        return jdbc.sql("""
                select id, name, location, in_service from workstation
                where library_id = ? and lower(name) = lower(?) for update""")
                .params(library.value(), name).query(Workstation.class).optional();
    }

    public Optional<Workstation> find(LibraryId library, long id) {
        return jdbc.sql("select id, name, location, in_service from workstation where library_id = ? and id = ?")
                .params(library.value(), id).query(Workstation.class).optional();
    }

    public boolean nameTaken(LibraryId library, String name) {
        return jdbc.sql("select exists (select 1 from workstation where library_id = ? and lower(name) = lower(?))")
                .params(library.value(), name).query(Boolean.class).single();
    }

    public long insert(LibraryId library, String name, String location) {
        return jdbc.sql("insert into workstation (library_id, name, location) values (?, ?, ?) returning id")
                .params(library.value(), name, location).query(Long.class).single();
    }

    public void setInService(LibraryId library, long id, boolean inService) {
        jdbc.sql("update workstation set in_service = ? where library_id = ? and id = ?")
                .params(inService, library.value(), id).update();
    }
}

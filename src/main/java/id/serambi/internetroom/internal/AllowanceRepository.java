package id.serambi.internetroom.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.internetroom.InternetRoomSettings;
import id.serambi.libraries.LibraryId;

/** A library's allowance; without a row, 60 minutes a session and 120 a day. */
@Repository
public class AllowanceRepository {

    private final JdbcClient jdbc;

    AllowanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public InternetRoomSettings find(LibraryId library) {
        return jdbc.sql("select session_minutes, daily_minutes from internet_settings where library_id = ?")
                .param(library.value()).query(InternetRoomSettings.class).optional()
                .orElse(new InternetRoomSettings(60, 120));
    }

    public void save(LibraryId library, InternetRoomSettings settings) {
        jdbc.sql("""
                insert into internet_settings (library_id, session_minutes, daily_minutes) values (?, ?, ?)
                on conflict (library_id) do update
                set session_minutes = excluded.session_minutes, daily_minutes = excluded.daily_minutes""")
                .params(library.value(), settings.sessionMinutes(), settings.dailyMinutes()).update();
    }
}

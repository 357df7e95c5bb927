package id.serambi.frontoffice.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.frontoffice.ExpiredCardPolicy;
import id.serambi.frontoffice.GuestBookSettings;
import id.serambi.libraries.LibraryId;

/** A library's guest-book rules; a library without a row has the defaults. */
@Repository
public class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GuestBookSettings find(LibraryId library) {
        return jdbc.sql("""
                select duplicate_window_minutes, expired_card_policy, default_purpose
                from frontoffice_settings where library_id = ?""")
                .param(library.value())
                .query((rs, row) -> new GuestBookSettings(rs.getInt(1), ExpiredCardPolicy.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .optional().orElse(new GuestBookSettings(30, ExpiredCardPolicy.REFUSE, "READING"));
    }

    public void save(LibraryId library, GuestBookSettings settings) {
        jdbc.sql("""
                insert into frontoffice_settings (library_id, duplicate_window_minutes, expired_card_policy,
                    default_purpose)
                values (?, ?, ?, ?)
                on conflict (library_id) do update
                set duplicate_window_minutes = excluded.duplicate_window_minutes,
                    expired_card_policy = excluded.expired_card_policy, default_purpose = excluded.default_purpose""")
                .params(library.value(), settings.duplicateWindowMinutes(), settings.expiredCardPolicy().name(),
                        settings.defaultPurpose())
                .update();
    }
}

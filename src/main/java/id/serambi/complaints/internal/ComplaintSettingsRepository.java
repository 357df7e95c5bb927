package id.serambi.complaints.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.complaints.ComplaintSettings;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.security.Role;

@Repository
public class ComplaintSettingsRepository {

    private final JdbcClient jdbc;

    ComplaintSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The library's settings, or the LAPOR! defaults while it has saved none. */
    public ComplaintSettings find(LibraryId library) {
        return jdbc.sql("""
                select verify_days, follow_up_days, close_days, answering_role
                from complaint_settings where library_id = ?""")
                .param(library.value())
                .query((rs, row) -> new ComplaintSettings(rs.getInt("verify_days"), rs.getInt("follow_up_days"),
                        rs.getInt("close_days"), Role.valueOf(rs.getString("answering_role"))))
                .optional().orElse(ComplaintSettings.defaults());
    }

    public void save(LibraryId library, ComplaintSettings settings) {
        jdbc.sql("""
                insert into complaint_settings (library_id, verify_days, follow_up_days, close_days, answering_role)
                values (?, ?, ?, ?, ?)
                on conflict (library_id) do update set verify_days = excluded.verify_days,
                    follow_up_days = excluded.follow_up_days, close_days = excluded.close_days,
                    answering_role = excluded.answering_role""")
                .params(library.value(), settings.verifyDays(), settings.followUpDays(), settings.closeDays(),
                        settings.answeringRole().name())
                .update();
    }
}

package id.serambi.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.accounts.StaffAccount;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;

@Repository
public class StaffRepository {

    private static final String ACCOUNT_COLUMNS = """
            a.id, a.username, a.full_name, a.admin, a.enabled, a.locked_until, a.created_at, a.password_hash,
            s.library_id, s.roles, l.code as library_code""";
    private static final String FROM = """
            from staff_account a
            left join library_staff s on s.account_id = a.id
            left join library l on l.id = s.library_id""";

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffPrincipal> findPrincipal(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where a.username = ?").param(username)
                .query((rs, row) -> new StaffPrincipal(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getString("full_name"),
                        rs.getObject("library_id", Integer.class), rs.getString("library_code"), roles(rs),
                        rs.getBoolean("enabled"), instant(rs, "locked_until")))
                .optional();
    }

    public Optional<StaffAccount> findById(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where a.id = ?").param(id)
                .query(StaffRepository::account).optional();
    }

    public List<StaffAccount> findByLibrary(LibraryId library) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where s.library_id = ? order by a.username")
                .param(library.value()).query(StaffRepository::account).list();
    }

    public List<StaffAccount> findAll() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " order by l.code nulls first, a.username")
                .query(StaffRepository::account).list();
    }

    public boolean usernameExists(String username) {
        return jdbc.sql("select exists (select 1 from staff_account where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public boolean adminExists() {
        return jdbc.sql("select exists (select 1 from staff_account where admin)").query(Boolean.class).single();
    }

    public long insertAccount(String username, String passwordHash, String fullName, boolean admin) {
        return jdbc.sql("""
                insert into staff_account (username, password_hash, full_name, admin)
                values (?, ?, ?, ?) returning id""")
                .params(username, passwordHash, fullName, admin).query(Long.class).single();
    }

    public void insertMembership(LibraryId library, long accountId, Set<Role> roles) {
        jdbc.sql("insert into library_staff (library_id, account_id, roles) values (?, ?, ?)")
                .params(library.value(), accountId, roleNames(roles)).update();
    }

    public void updateRoles(LibraryId library, long accountId, Set<Role> roles) {
        jdbc.sql("update library_staff set roles = ? where library_id = ? and account_id = ?")
                .params(roleNames(roles), library.value(), accountId).update();
    }

    public void updatePassword(long accountId, String passwordHash) {
        jdbc.sql("""
                update staff_account set password_hash = ?, password_changed_at = now(), failed_attempts = 0,
                       locked_until = null where id = ?""")
                .params(passwordHash, accountId).update();
    }

    public void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("update staff_account set enabled = ? where id = ?").params(enabled, accountId).update();
    }

    public void unlock(long accountId) {
        jdbc.sql("update staff_account set failed_attempts = 0, locked_until = null where id = ?").param(accountId)
                .update();
    }

    /** Counts a failed sign-in; the account locks for {@code lock} once {@code limit} failures follow each other. */
    public void recordFailure(String username, int limit, Duration lock) {
        jdbc.sql("""
                update staff_account
                set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= ? then now() + make_interval(secs => ?)
                                        else locked_until end
                where username = ?""")
                .params(limit, lock.toSeconds(), username).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("update staff_account set failed_attempts = 0 where username = ? and failed_attempts > 0")
                .param(username).update();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getObject("library_id", Integer.class), roles(rs), rs.getBoolean("enabled"),
                instant(rs, "locked_until"), instant(rs, "created_at"));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (rs.getBoolean("admin")) {
            roles.add(Role.ADMIN);
        }
        Array array = rs.getArray("roles");
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add(Role.valueOf(String.valueOf(role)));
            }
        }
        return roles;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().filter(Role::isLibraryRole).map(Role::name).sorted().toArray(String[]::new);
    }
}

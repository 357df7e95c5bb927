package id.serambi.accounts.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.accounts.StaffAccount;
import id.serambi.accounts.StaffName;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.shared.security.StaffPrincipal;

@Repository
public class StaffRepository {

    private static final String ACCOUNT_COLUMNS = """
            a.id, a.username, a.full_name, a.admin, a.enabled, a.locked_until, a.created_at, a.password_hash,
            a.security_version, a.unlocked_at, a.unlocked_by, s.library_id, s.roles""";
    private static final String FROM = """
            from staff_account a
            left join library_staff s on s.account_id = a.id""";

    private final JdbcClient jdbc;
    private final LibraryService libraries;

    StaffRepository(JdbcClient jdbc, LibraryService libraries) {
        this.jdbc = jdbc;
        this.libraries = libraries;
    }

    public Optional<StaffPrincipal> findPrincipal(String username) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where a.username = ?").param(username)
                .query((rs, row) -> principal(rs)).optional();
    }

    private StaffPrincipal principal(ResultSet rs) throws SQLException {
        Integer library = rs.getObject("library_id", Integer.class);
        return new StaffPrincipal(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), library, libraryCode(library), roles(rs), rs.getBoolean("enabled"),
                instant(rs, "locked_until"), rs.getLong("security_version"));
    }

    public Optional<StaffAccount> findById(long id) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where a.id = ?").param(id)
                .query(StaffRepository::account).optional();
    }

    public Map<Long, StaffName> names(List<Long> ids) {
        return jdbc.sql("select id, username, full_name from staff_account where id = any(?)")
                .param(ids.toArray(Long[]::new))
                .query((rs, row) -> new StaffName(rs.getLong(1), rs.getString(2), rs.getString(3))).stream()
                .collect(Collectors.toMap(StaffName::id, name -> name));
    }

    public List<StaffAccount> findByLibrary(LibraryId library) {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM + " where s.library_id = ? order by a.username")
                .param(library.value()).query(StaffRepository::account).list();
    }

    public List<StaffAccount> findAll() {
        return jdbc.sql("select " + ACCOUNT_COLUMNS + " " + FROM).query(StaffRepository::account).stream()
                .sorted(Comparator.comparing((StaffAccount a) -> libraryCode(a.libraryId()),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(StaffAccount::username))
                .toList();
    }

    /** The code of the account's library, from the libraries module (which answers it from memory). */
    private String libraryCode(Integer libraryId) {
        return libraryId == null ? null : libraries.find(LibraryId.of(libraryId)).map(Library::code).orElse(null);
    }

    /** The account's security version, or -1 when it is disabled or gone (no session of it may go on). */
    public long securityVersion(long accountId) {
        return jdbc.sql("select case when enabled then security_version else -1 end from staff_account where id = ?")
                .param(accountId).query(Long.class).optional().orElse(-1L);
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
        jdbc.sql("update staff_account set security_version = security_version + 1 where id = ?").param(accountId)
                .update();
    }

    public void updatePassword(long accountId, String passwordHash) {
        jdbc.sql("""
                update staff_account set password_hash = ?, password_changed_at = now(), failed_attempts = 0,
                       failures_since = null, locked_until = null, security_version = security_version + 1
                where id = ?""")
                .params(passwordHash, accountId).update();
    }

    public void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("""
                update staff_account set enabled = ?, security_version = security_version + 1
                where id = ? and enabled <> ?""").params(enabled, accountId, enabled).update();
    }

    public void unlock(long accountId, String by) {
        jdbc.sql("""
                update staff_account set failed_attempts = 0, failures_since = null, locked_until = null,
                       unlocked_at = now(), unlocked_by = ? where id = ?""").params(by, accountId).update();
    }

    /**
     * Counts a failed sign-in towards the account-wide lock: the account locks for {@code lock} once {@code limit}
     * failures fall within {@code window} (from any addresses); a success does not clear the count.
     */
    public void recordFailure(String username, int limit, Duration window, Duration lock) {
        jdbc.sql("""
                with counted as (
                    select id, case when failures_since is null or failures_since < now() - make_interval(secs => ?)
                                    then 1 else failed_attempts + 1 end as attempts,
                           case when failures_since is null or failures_since < now() - make_interval(secs => ?)
                                then now() else failures_since end as since
                    from staff_account where username = ?)
                update staff_account a
                set failed_attempts = c.attempts, failures_since = c.since,
                    locked_until = case when c.attempts >= ? then now() + make_interval(secs => ?) else a.locked_until end
                from counted c where a.id = c.id""")
                .params(window.toSeconds(), window.toSeconds(), username, limit, lock.toSeconds()).update();
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getObject("library_id", Integer.class), roles(rs), rs.getBoolean("enabled"),
                instant(rs, "locked_until"), instant(rs, "created_at"), instant(rs, "unlocked_at"),
                rs.getString("unlocked_by"));
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

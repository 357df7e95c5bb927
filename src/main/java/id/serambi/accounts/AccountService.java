package id.serambi.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.accounts.internal.AccountEvents;
import id.serambi.accounts.internal.PasswordPolicy;
import id.serambi.accounts.internal.StaffRepository;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.Role;

/** Opens and looks after staff accounts; the same rules for the admin pages and the API. */
@Service
@Transactional
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,39}$";

    private final StaffRepository staff;
    private final PasswordEncoder encoder;
    private final AccountEvents events;
    private final Clock clock;
    private final LibraryService libraries;

    AccountService(StaffRepository staff, PasswordEncoder encoder, AccountEvents events, Clock clock,
            LibraryService libraries) {
        this.staff = staff;
        this.libraries = libraries;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    public StaffAccount createStaff(Library library, NewStaff request) {
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!username.matches(USERNAME_PATTERN)) {
            problems.add(FieldProblem.of("username", "validation.username"));
        }
        PasswordPolicy.problem(request.password(), passwordContext(username, library)).ifPresent(problems::add);
        if (request.fullName() == null || request.fullName().isBlank()) {
            problems.add(FieldProblem.of("fullName", "validation.required"));
        } else if (request.fullName().length() > 120) {
            problems.add(FieldProblem.of("fullName", "validation.tooLong", 120));
        }
        Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
        if (roles.isEmpty() || roles.stream().anyMatch(role -> !role.isLibraryRole())) {
            problems.add(FieldProblem.of("roles", "validation.roles"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (staff.usernameExists(username)) {
            throw new UsernameTakenException(username);
        }
        long id = staff.insertAccount(username, encoder.encode(request.password()), request.fullName().trim(), false);
        staff.insertMembership(library.id(), id, EnumSet.copyOf(roles));
        return staff.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> staffOf(LibraryId library) {
        return staff.findByLibrary(library);
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> allStaff() {
        return staff.findAll();
    }

    @Transactional(readOnly = true)
    public StaffAccount get(long id) {
        return staff.findById(id).orElseThrow(() -> StaffNotFoundException.forId(id));
    }

    /** The username and full name of each of these accounts (unknown ids are left out): one query for a page. */
    @Transactional(readOnly = true)
    public Map<Long, StaffName> names(Collection<Long> ids) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        // Callers look up the null of a step no staff member took (an applicant's): a map that answers it, not throws.
        return Collections.unmodifiableMap(known.isEmpty() ? new HashMap<>() : new HashMap<>(staff.names(known)));
    }

    public void resetPassword(long id, String password) {
        StaffAccount account = get(id);
        Library library = account.libraryId() == null ? null
                : libraries.find(LibraryId.of(account.libraryId())).orElse(null);
        PasswordPolicy.problem(password, passwordContext(account.username(), library)).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        staff.updatePassword(id, encoder.encode(password));
        events.accountChanged(account.username());
    }

    public void setEnabled(long id, boolean enabled) {
        StaffAccount account = get(id);
        staff.setEnabled(id, enabled);
        events.accountChanged(account.username());
    }

    /** Lifts the account-wide lock; who and when are kept on the account and written to the log. */
    public StaffAccount unlock(long id, String by) {
        StaffAccount account = get(id);
        staff.unlock(id, by);
        events.accountChanged(account.username());
        log.info("Account '{}' unlocked by '{}'", account.username(), by);
        return get(id);
    }

    public void changeRoles(long id, Set<Role> roles) {
        StaffAccount account = get(id);
        if (account.libraryId() == null || roles.isEmpty() || roles.stream().anyMatch(r -> !r.isLibraryRole())) {
            throw InvalidInputException.of("roles", "validation.roles");
        }
        staff.updateRoles(LibraryId.of(account.libraryId()), id, EnumSet.copyOf(roles));
        events.accountChanged(account.username());
    }

    public boolean isLocked(StaffAccount account) {
        return account.isLocked(clock.instant());
    }

    /** The words a password of this account may not contain: its username, its library's code and name. */
    private static List<String> passwordContext(String username, Library library) {
        return library == null ? List.of(username) : List.of(username, library.code(), library.name());
    }
}

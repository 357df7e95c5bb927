package id.serambi.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;


import id.serambi.accounts.AccountService;
import id.serambi.accounts.NewStaff;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;

/** Opens staff accounts for tests; every call gets a fresh username so tests never depend on each other. */
public final class StaffFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private StaffFixtures() {
    }

    /** A signed-in-able account of the library with the given roles; returns its username (password {@link TestUsers#PASSWORD}). */
    public static String aStaffMember(AccountService accounts, LibraryService libraries, String library, Role... roles) {
        String username = library + "-" + roles[0].name().toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-"
                + ProcessHandle.current().pid();
        accounts.createStaff(libraries.require(library),
                new NewStaff(username, TestUsers.PASSWORD, "Petugas Uji " + username, Set.of(roles)));
        return username;
    }
}

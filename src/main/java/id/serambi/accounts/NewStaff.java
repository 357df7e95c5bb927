package id.serambi.accounts;

import java.util.Set;

import id.serambi.shared.security.Role;

/** What it takes to open a staff account in a library. */
public record NewStaff(String username, String password, String fullName, Set<Role> roles) {
}

package id.serambi.accounts.web;

import java.util.ArrayList;
import java.util.List;

import id.serambi.shared.security.Role;

/** The administrator's form for a new staff account. */
public class StaffForm {

    private String library;
    private String username;
    private String password;
    private String fullName;
    // Nothing ticked at first: a pre-ticked role was unticked by the click meant to tick it.
    private List<Role> roles = new ArrayList<>();

    public String getLibrary() {
        return library;
    }

    public void setLibrary(String library) {
        this.library = library;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }
}

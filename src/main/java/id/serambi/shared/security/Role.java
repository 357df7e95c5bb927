package id.serambi.shared.security;

/**
 * Staff roles. PETUGAS, KASI, KABID and KEPALA belong to one library and each includes the ones before it;
 * ADMIN is global and includes them all.
 */
public enum Role {
    PETUGAS, KASI, KABID, KEPALA, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isLibraryRole() {
        return this != ADMIN;
    }
}

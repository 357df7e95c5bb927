package id.serambi.archfixture.internal;

import id.serambi.shared.security.Role;

/** Compares roles by their order instead of asking the role hierarchy, for ArchitectureRulesTest. */
public class RoleRanking {

    public boolean mayEdit(Role role) {
        return role.ordinal() >= Role.KABID.ordinal();
    }

    public boolean mayDesign(Role role) {
        return role.compareTo(Role.KASI) >= 0;
    }
}

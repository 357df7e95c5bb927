package id.serambi.archfixture.members.internal;

/** A use case behind the fixture module's facade (no repository), for ArchitectureRulesTest. */
public class MemberBook {

    public int count() {
        return 0;
    }
}

package id.serambi.archfixture.members.web;

import id.serambi.archfixture.members.Members;

/** Goes through the facade, as it should, so that ArchitectureRulesTest sees it left alone. */
public class FacadeController {

    private final Members members = new Members();

    public int count() {
        return members.count();
    }
}

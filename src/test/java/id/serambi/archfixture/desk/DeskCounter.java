package id.serambi.archfixture.desk;

import id.serambi.archfixture.members.internal.MemberBook;
import id.serambi.archfixture.members.web.FacadeController;

/** Another module reaching into the fixture module's internal and web packages on purpose, for ArchitectureRulesTest. */
public class DeskCounter {

    public int count() {
        return new MemberBook().count() + new FacadeController().count();
    }
}

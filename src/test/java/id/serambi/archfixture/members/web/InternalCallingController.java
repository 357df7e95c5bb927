package id.serambi.archfixture.members.web;

import id.serambi.archfixture.members.internal.MemberBook;

/** Skips its module's facade on purpose, so that ArchitectureRulesTest sees it caught. */
public class InternalCallingController {

    private final MemberBook book = new MemberBook();

    public int count() {
        return book.count();
    }
}

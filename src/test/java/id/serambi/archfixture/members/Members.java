package id.serambi.archfixture.members;

import id.serambi.archfixture.members.internal.MemberBook;

/** The fixture module's facade: its root package may use its own internals. */
public class Members {

    private final MemberBook book = new MemberBook();

    public int count() {
        return book.count();
    }
}

package id.serambi.frontoffice.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MembersImported;

/**
 * Copies card changes after membership has committed, in a transaction of its own: a failing copy leaves the
 * registration or the import in place and its publication incomplete, to be resubmitted. Until then the door reads
 * through to membership where the copy refuses a card ({@link CardReadThrough}).
 */
@Component
class MemberCardListener {

    private final MemberCardRepository cards;

    MemberCardListener(MemberCardRepository cards) {
        this.cards = cards;
    }

    @ApplicationModuleListener
    void on(MemberCardChanged change) {
        cards.upsert(change);
    }

    @ApplicationModuleListener
    void on(MembersImported imported) {
        if (!imported.cards().isEmpty()) {
            cards.upsertAll(imported.library(), imported.cards());
        }
    }
}

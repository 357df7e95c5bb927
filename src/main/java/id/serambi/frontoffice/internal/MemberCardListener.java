package id.serambi.frontoffice.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberCardChanged;

/**
 * Copies card changes in the membership's own transaction (a plain listener, not after commit), so that a member
 * approved at the desk can scan the card at the door the very next second.
 */
@Component
class MemberCardListener {

    private final MemberCardRepository cards;

    MemberCardListener(MemberCardRepository cards) {
        this.cards = cards;
    }

    @EventListener
    void on(MemberCardChanged change) {
        cards.upsert(change);
    }
}

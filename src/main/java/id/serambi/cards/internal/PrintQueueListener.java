package id.serambi.cards.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.serambi.membership.MemberCardChanged;

/**
 * Keeps the print queue in step with membership inside membership's own transaction, so that a member approved a
 * moment ago is on the queue the desk sees next.
 */
@Component
class PrintQueueListener {

    private final CardMemberRepository members;

    PrintQueueListener(CardMemberRepository members) {
        this.members = members;
    }

    @EventListener
    void on(MemberCardChanged event) {
        members.apply(event);
    }
}

package id.serambi.cards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardProcedures;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.cards.internal.WaitingCardRepository;
import id.serambi.cards.internal.WaitingCardRepository.CardState;
import id.serambi.libraries.Library;
import id.serambi.membership.CardStep;
import id.serambi.membership.MemberCardSteps;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;

/**
 * What the card desk does next: each member's next card step (print, laminate, hand over) under the library's
 * published procedure for the service the member came through, and the printed cards waiting for lamination or
 * pick-up, longest waiting first.
 */
@Service
@Transactional(readOnly = true)
public class CardDesk implements MemberCardSteps {

    private static final int WAITING_LIMIT = 500;

    private final WaitingCardRepository cards;
    private final CardProcedures procedures;
    private final PrintableMembers printable;
    private final MembershipService membership;
    private final Clock clock;

    CardDesk(WaitingCardRepository cards, CardProcedures procedures, PrintableMembers printable,
            MembershipService membership, Clock clock) {
        this.cards = cards;
        this.procedures = procedures;
        this.printable = printable;
        this.membership = membership;
        this.clock = clock;
    }

    @Override
    public Optional<CardStep> next(Library library, MemberView member) {
        if (!member.cardAllowedOn(printable.today(library))) {
            return Optional.empty();
        }
        Optional<CardState> card = cards.newest(library.id(), member.memberNumber());
        if (card.isEmpty()) {
            return Optional.of(CardStep.PRINT);
        }
        return card.get().handedOver() ? Optional.empty()
                : afterPrinting(procedures.of(library), member.channel(), card.get());
    }

    /** Printed cards whose member's procedure still has a step for them, longest waiting first. */
    public List<WaitingCard> waiting(Library library) {
        CardProcedures.Steps steps = procedures.of(library);
        Instant now = Instant.now(clock);
        List<WaitingCard> waiting = new ArrayList<>();
        for (CardState card : cards.notHandedOver(library.id(), WAITING_LIMIT)) {
            String channel = membership.find(library.id(), card.memberNumber()).map(MemberView::channel).orElse(null);
            afterPrinting(steps, channel, card).ifPresent(step -> waiting.add(new WaitingCard(card.memberNumber(),
                    card.name(), card.laminatedAt() == null ? WaitingCard.Stage.PRINTED : WaitingCard.Stage.LAMINATED,
                    card.since(), Math.max(0, Duration.between(card.since(), now).toSeconds()), step)));
        }
        return waiting;
    }

    private static Optional<CardStep> afterPrinting(CardProcedures.Steps steps, String channel, CardState card) {
        if (card.laminatedAt() == null && steps.laminates(channel)) {
            return Optional.of(CardStep.LAMINATE);
        }
        return steps.handsOver(channel) ? Optional.of(CardStep.HAND_OVER) : Optional.empty();
    }
}

package id.serambi.cards.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CardBatch;
import id.serambi.cards.CardIssue;
import id.serambi.cards.internal.render.CardData;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/**
 * The database half of printing cards, committed before any PDF is drawn: who may be printed, what their cards show
 * (photo included), and each card recorded as issued with its checkpoint.
 */
@Component
public class CardPrintRecords {

    private final PrintableMembers printable;
    private final CardIssueRepository issues;
    private final CardCheckpoints checkpoints;
    private final Clock clock;

    CardPrintRecords(PrintableMembers printable, CardIssueRepository issues, CardCheckpoints checkpoints,
            Clock clock) {
        this.printable = printable;
        this.issues = issues;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Records one card as printed; answers what it shows. */
    @Transactional
    public CardData printOne(Library library, String memberNumber) {
        MemberView member = printable.require(library, memberNumber);
        CardData card = printable.card(library, member);
        record(library, member, null, Instant.now(clock));
        return card;
    }

    /** Records a batch, or nothing when any number cannot be printed; answers what its cards show. */
    @Transactional
    public List<CardData> printBatch(Library library, List<String> memberNumbers) {
        List<MemberView> batch = printable.requireAll(library, memberNumbers);
        Instant now = Instant.now(clock);
        long batchId = issues.newBatch(library.id(), now, CurrentStaff.accountIdOrNull(), staffName(), batch.size());
        List<CardData> cards = new ArrayList<>();
        for (MemberView member : batch) {
            cards.add(printable.card(library, member));
            record(library, member, batchId, now);
        }
        return cards;
    }

    /** Records a past batch again as a new batch. */
    @Transactional
    public List<CardData> reprint(Library library, long batchId) {
        CardBatch batch = issues.batch(library.id(), batchId)
                .orElseThrow(() -> new NotFoundException("cards.error.batchNotFound", batchId));
        return printBatch(library, batch.memberNumbers());
    }

    /** What the member's card shows, recording nothing (the digital card). */
    @Transactional(readOnly = true)
    public CardData show(Library library, String memberNumber) {
        return printable.card(library, printable.require(library, memberNumber));
    }

    /** The signed-in staff member's name as the card issue and receipt book keep it. */
    public static String staffName() {
        return CurrentStaff.get().map(StaffPrincipal::fullName).orElse(null);
    }

    private void record(Library library, MemberView member, Long batchId, Instant at) {
        Long replaces = issues.latest(library.id(), member.memberNumber())
                .or(() -> member.replaces() == null ? Optional.empty() : issues.latest(library.id(), member.replaces()))
                .map(CardIssue::id).orElse(null);
        long card = issues.issue(library.id(), member.memberNumber(), at, CurrentStaff.accountIdOrNull(), staffName(),
                batchId, replaces);
        checkpoints.cardReached(library.id(), member, Checkpoint.CARD_PRINTED, at, card);
    }
}

package id.serambi.cards.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.CardBatch;
import id.serambi.cards.CardIssue;
import id.serambi.cards.LeftOut;
import id.serambi.cards.internal.render.CardData;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/**
 * The database half of printing cards, committed before any PDF is drawn: who may be printed, what their cards show
 * (photo included), and each card recorded as issued with its checkpoint. Every print is a run in the print history
 * ({@code card_batch}), one card ({@code single}) or an A4 batch.
 */
@Component
public class CardPrintRecords {

    /** A recorded run: what its cards show, and the cards of a reprinted batch that were left out. */
    public record Run(long batchId, LocalDate day, boolean single, List<String> memberNumbers, List<CardData> cards,
            List<LeftOut> leftOut) {
    }

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

    /** Records one card as printed, a run of its own in the print history. */
    @Transactional
    public Run printOne(Library library, String memberNumber) {
        return record(library, List.of(printable.require(library, memberNumber)), true, List.of());
    }

    /** Records a batch, or nothing when any number cannot be printed; answers what its cards show. */
    @Transactional
    public Run printBatch(Library library, List<String> memberNumbers) {
        return record(library, printable.requireAll(library, memberNumbers), false, List.of());
    }

    /**
     * Records a past run again as a new one, leaving out the cards that may no longer be printed (a card replaced
     * since, a member deactivated or expired), which the answer names; nothing when none is left to print.
     */
    @Transactional
    public Run reprint(Library library, long batchId) {
        CardBatch batch = issues.batch(library.id(), batchId)
                .orElseThrow(() -> new NotFoundException("cards.error.batchNotFound", batchId));
        PrintableMembers.Sorted sorted = printable.sortOut(library, batch.memberNumbers());
        return record(library, sorted.printable(), batch.single(), sorted.leftOut());
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

    private Run record(Library library, List<MemberView> members, boolean single, List<LeftOut> leftOut) {
        Instant now = Instant.now(clock);
        long batchId = issues.newBatch(library.id(), now, CurrentStaff.accountIdOrNull(), staffName(), members.size(),
                single);
        List<CardData> cards = new ArrayList<>();
        for (MemberView member : members) {
            cards.add(printable.card(library, member));
            issue(library, member, batchId, now);
        }
        return new Run(batchId, printable.today(library), single,
                members.stream().map(MemberView::memberNumber).toList(), cards, leftOut);
    }

    private void issue(Library library, MemberView member, long batchId, Instant at) {
        Long replaces = issues.latest(library.id(), member.memberNumber())
                .or(() -> member.replaces() == null ? Optional.empty() : issues.latest(library.id(), member.replaces()))
                .map(CardIssue::id).orElse(null);
        long card = issues.issue(library.id(), member.memberNumber(), at, CurrentStaff.accountIdOrNull(), staffName(),
                batchId, replaces);
        checkpoints.cardReached(library.id(), member, Checkpoint.CARD_PRINTED, at, card);
    }
}

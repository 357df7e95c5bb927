package id.serambi.cards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardCheckpoints;
import id.serambi.cards.internal.CardIssueRepository;
import id.serambi.cards.internal.PrintQueueRepository;
import id.serambi.cards.internal.CardPreviews;
import id.serambi.cards.internal.CardStyles;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.cards.internal.render.CardData;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/** Printing membership cards (KTA): one card, a batch of A4 sheets, reprints, the print queue and lamination. */
@Service
@Transactional
public class CardService {

    private static final int QUEUE_LIMIT = 500;
    private static final int HISTORY_LIMIT = 50;
    private static final int DIGITAL_DPI = 300;

    private final PrintableMembers printable;
    private final CardIssueRepository issues;
    private final PrintQueueRepository members;
    private final CardDesignService designs;
    private final CardStyles styles;
    private final CardCheckpoints checkpoints;
    private final Clock clock;

    CardService(PrintableMembers printable, CardIssueRepository issues, PrintQueueRepository members,
            CardDesignService designs, CardStyles styles, CardCheckpoints checkpoints, Clock clock) {
        this.printable = printable;
        this.issues = issues;
        this.members = members;
        this.designs = designs;
        this.styles = styles;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Prints one card (front and back on card-sized pages) and records it as issued. */
    public byte[] printCard(Library library, String memberNumber) {
        MemberView member = printable.require(library, memberNumber);
        CardData card = printable.card(library, member);
        record(library, member, null, Instant.now(clock));
        return CardPdf.single(style(library), card);
    }

    /** Prints A4 sheets for all the numbers, or nothing when any cannot be printed. */
    public byte[] printBatch(Library library, List<String> memberNumbers) {
        List<MemberView> batch = printable.requireAll(library, memberNumbers);
        Instant now = Instant.now(clock);
        long batchId = issues.newBatch(library.id(), now, CurrentStaff.accountIdOrNull(), staffName(), batch.size());
        List<CardData> cards = new ArrayList<>();
        for (MemberView member : batch) {
            cards.add(printable.card(library, member));
            record(library, member, batchId, now);
        }
        return CardPdf.sheets(style(library), cards);
    }

    /** Prints a past batch again as a new batch; each card replaces the one printed before. */
    public byte[] reprintBatch(Library library, long batchId) {
        CardBatch batch = issues.batch(library.id(), batchId)
                .orElseThrow(() -> new NotFoundException("cards.error.batchNotFound", batchId));
        return printBatch(library, batch.memberNumbers());
    }

    /** The member's newest card was cut and laminated (Sidoarjo's step between printing and hand-over). */
    public CardIssue laminated(Library library, String memberNumber) {
        MemberView member = printable.require(library, memberNumber);
        CardIssue card = issues.latest(library.id(), memberNumber)
                .orElseThrow(() -> new NotFoundException("cards.error.noCardPrinted", memberNumber));
        Instant now = Instant.now(clock);
        if (issues.laminate(library.id(), card.id(), now, CurrentStaff.accountIdOrNull())) {
            checkpoints.reached(library.id(), member, Checkpoint.CARD_LAMINATED, now);
        }
        return issues.latest(library.id(), memberNumber).orElseThrow();
    }

    /** The member's card front as a PNG for the phone screen (the digital card); nothing is recorded. */
    @Transactional(readOnly = true)
    public byte[] digitalCard(Library library, String memberNumber) {
        MemberView member = printable.require(library, memberNumber);
        return CardPreviews.png(CardPdf.single(style(library), printable.card(library, member)), 0, DIGITAL_DPI);
    }

    @Transactional(readOnly = true)
    public List<QueuedMember> queue(Library library) {
        return members.queue(library.id(), QUEUE_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<CardBatch> batches(Library library) {
        return issues.batches(library.id(), HISTORY_LIMIT);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CardIssue> currentCard(Library library, String memberNumber) {
        return issues.latest(library.id(), memberNumber);
    }

    public LocalDate today(Library library) {
        return printable.today(library);
    }

    private void record(Library library, MemberView member, Long batchId, Instant at) {
        Long replaces = issues.latest(library.id(), member.memberNumber())
                .or(() -> member.replaces() == null ? java.util.Optional.empty()
                        : issues.latest(library.id(), member.replaces()))
                .map(CardIssue::id).orElse(null);
        issues.issue(library.id(), member.memberNumber(), at, CurrentStaff.accountIdOrNull(), staffName(), batchId,
                replaces);
        checkpoints.reached(library.id(), member, Checkpoint.CARD_PRINTED, at);
    }

    private CardStyle style(Library library) {
        return styles.of(library, designs.design(library));
    }

    static String staffName() {
        return CurrentStaff.get().map(StaffPrincipal::fullName).orElse(null);
    }
}

package id.serambi.cards;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardCheckpoints;
import id.serambi.cards.internal.CardIssueRepository;
import id.serambi.cards.internal.PrintQueueRepository;
import id.serambi.cards.internal.CardPreviews;
import id.serambi.cards.internal.CardPrintRecords;
import id.serambi.cards.internal.CardStyles;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberView;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;

/**
 * Printing membership cards (KTA): one card, a batch of A4 sheets, reprints, the print queue and lamination. A print
 * is recorded in a short transaction ({@link CardPrintRecords}) and its PDF drawn after that committed, so that no
 * drawing holds a database connection.
 */
@Service
public class CardService {

    private static final int QUEUE_LIMIT = 500;
    private static final int HISTORY_LIMIT = 50;
    private static final int DIGITAL_DPI = 300;

    private final PrintableMembers printable;
    private final CardPrintRecords records;
    private final CardIssueRepository issues;
    private final PrintQueueRepository members;
    private final CardDesignService designs;
    private final CardStyles styles;
    private final CardCheckpoints checkpoints;
    private final Clock clock;

    CardService(PrintableMembers printable, CardPrintRecords records, CardIssueRepository issues,
            PrintQueueRepository members, CardDesignService designs, CardStyles styles, CardCheckpoints checkpoints,
            Clock clock) {
        this.printable = printable;
        this.records = records;
        this.issues = issues;
        this.members = members;
        this.designs = designs;
        this.styles = styles;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Prints one card (front and back on card-sized pages) and records it as issued, a run in the history. */
    public PrintedCards printCard(Library library, String memberNumber) {
        return draw(library, records.printOne(library, memberNumber));
    }

    /** Prints A4 sheets for all the numbers, or nothing when any cannot be printed. */
    public PrintedCards printBatch(Library library, List<String> memberNumbers) {
        return draw(library, records.printBatch(library, memberNumbers));
    }

    /**
     * Prints a past run again as a new one, as it was printed (one card or A4 sheets); each card replaces the one
     * printed before. Cards that may no longer be printed (replaced since) are left out and named.
     */
    public PrintedCards reprintBatch(Library library, long batchId) {
        return draw(library, records.reprint(library, batchId));
    }

    private PrintedCards draw(Library library, CardPrintRecords.Run run) {
        CardStyle style = style(library);
        byte[] pdf = run.single() ? CardPdf.single(style, run.cards().getFirst()) : CardPdf.sheets(style, run.cards());
        return new PrintedCards(pdf, run.batchId(), run.day(), run.memberNumbers(), run.single(), run.leftOut());
    }

    /** The member's newest card was cut and laminated (Sidoarjo's step between printing and hand-over). */
    @Transactional
    public CardIssue laminated(Library library, String memberNumber) {
        MemberView member = printable.require(library, memberNumber);
        CardIssue card = issues.latest(library.id(), memberNumber)
                .orElseThrow(() -> new NotFoundException("cards.error.noCardPrinted", memberNumber));
        Instant now = Instant.now(clock);
        if (issues.laminate(library.id(), card.id(), now, CurrentStaff.accountIdOrNull())) {
            checkpoints.cardReached(library.id(), member, Checkpoint.CARD_LAMINATED, now, card.id());
        }
        return issues.latest(library.id(), memberNumber).orElseThrow();
    }

    /** The member's card front as a PNG for the phone screen (the digital card); nothing is recorded. */
    public byte[] digitalCard(Library library, String memberNumber) {
        return CardPreviews.png(CardPdf.single(style(library), records.show(library, memberNumber)), 0, DIGITAL_DPI);
    }

    @Transactional(readOnly = true)
    public List<QueuedMember> queue(Library library) {
        return members.queue(library.id(), QUEUE_LIMIT);
    }

    @Transactional(readOnly = true)
    public List<CardBatch> batches(Library library) {
        return issues.batches(library.id(), HISTORY_LIMIT);
    }

    /** For each run, the cards a reprint would leave out today (replaced since, deactivated, expired). */
    @Transactional(readOnly = true)
    public Map<Long, List<LeftOut>> notReprintable(Library library, List<CardBatch> runs) {
        Set<String> numbers = new HashSet<>();
        runs.forEach(run -> numbers.addAll(run.memberNumbers()));
        Map<String, LeftOut> out = new HashMap<>();
        members.notPrintable(library.id(), numbers, today(library)).forEach(left -> out.put(left.memberNumber(), left));
        Map<Long, List<LeftOut>> byRun = new HashMap<>();
        for (CardBatch run : runs) {
            byRun.put(run.id(), run.memberNumbers().stream().filter(out::containsKey).map(out::get).toList());
        }
        return byRun;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CardIssue> currentCard(Library library, String memberNumber) {
        return issues.latest(library.id(), memberNumber);
    }

    public LocalDate today(Library library) {
        return printable.today(library);
    }

    /** The design is read in its own short transaction, before drawing starts. */
    private CardStyle style(Library library) {
        return styles.of(library, designs.design(library));
    }

    static String staffName() {
        return CardPrintRecords.staffName();
    }
}

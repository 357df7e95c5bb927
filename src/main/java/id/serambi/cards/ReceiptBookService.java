package id.serambi.cards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.cards.internal.CardCheckpoints;
import id.serambi.cards.internal.CardIssueRepository;
import id.serambi.cards.internal.OneTimeCodes;
import id.serambi.cards.internal.PrintableMembers;
import id.serambi.cards.internal.ReceiptBookRepository;
import id.serambi.cards.internal.ReceiptBookRepository.NewEntry;
import id.serambi.cards.internal.UploadedImages;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberView;
import id.serambi.membership.PhoneNumberRule;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.NotFoundException;
import id.serambi.shared.security.CurrentStaff;

/**
 * The hand-over of cards and its receipt book, with the phone check by one-time code or by the number typed again,
 * required where the library's standard says so (Barito Utara). Each method says
 * its own transaction: sending a code must run outside one (see {@link #sendPhoneCheck}).
 */
@Service
public class ReceiptBookService {

    /** How long a confirmed code counts for the hand-over that follows. */
    private static final Duration CODE_COUNTS_FOR = Duration.ofMinutes(30);
    private static final int SIGNATURE_NAME_MAX = 200;

    private final PrintableMembers printable;
    private final CardIssueRepository issues;
    private final ReceiptBookRepository book;
    private final OneTimeCodes codes;
    private final CardCheckpoints checkpoints;
    private final LibraryService libraries;
    private final Clock clock;

    ReceiptBookService(PrintableMembers printable, CardIssueRepository issues, ReceiptBookRepository book,
            OneTimeCodes codes, CardCheckpoints checkpoints, LibraryService libraries, Clock clock) {
        this.printable = printable;
        this.issues = issues;
        this.book = book;
        this.codes = codes;
        this.checkpoints = checkpoints;
        this.libraries = libraries;
        this.clock = clock;
    }

    /**
     * Records the hand-over of the member's newest card, signed by typed name and/or drawn signature. Where the
     * library requires the phone proven, a code confirmed within {@link #CODE_COUNTS_FOR} or the member's number typed
     * again is needed; {@code phoneConfirmed} alone is not.
     */
    @Transactional
    public ReceiptEntry handOver(Library library, String memberNumber, Handover handover) {
        String name = handover.signatureName() == null ? "" : handover.signatureName().strip();
        boolean drawn = handover.signaturePng() != null && !handover.signaturePng().isBlank();
        if ((name.isEmpty() && !drawn) || name.length() > SIGNATURE_NAME_MAX) {
            throw InvalidInputException.of("signatureName", "cards.handover.signatureRequired");
        }
        byte[] signature = drawn ? UploadedImages.fromDataUrl(handover.signaturePng(), "signaturePng") : null;
        MemberView member = printable.require(library, memberNumber);
        CardIssue card = issues.latest(library.id(), memberNumber)
                .orElseThrow(() -> new NoCardPrintedException(memberNumber));
        boolean byCode = codes.phoneConfirmedWithin(library, memberNumber, CODE_COUNTS_FOR);
        boolean byNumber = !byCode && shownNumberMatches(member, handover.phoneShown());
        if (!byCode && !byNumber && libraries.handoverRequiresConfirmedPhone(library.id())) {
            throw member.phoneE164() == null ? PhoneNotConfirmedException.noneOnRecord()
                    : PhoneNotConfirmedException.missing();
        }
        boolean confirmed = byCode || byNumber || Boolean.TRUE.equals(handover.phoneConfirmed());
        Instant now = Instant.now(clock);
        ReceiptEntry entry = book.insert(library.id(), new NewEntry(memberNumber, member.fullName(), card.id(), now,
                CurrentStaff.accountIdOrNull(), CardService.staffName(), member.phoneE164(), confirmed,
                byCode ? "CODE" : confirmed ? "STAFF" : "NONE", name.isEmpty() ? null : name, signature));
        checkpoints.reached(library.id(), member, Checkpoint.CARD_HANDED_OVER, now);
        checkpoints.reached(library.id(), member, Checkpoint.RECEIPT_SIGNED, now);
        return entry;
    }

    /**
     * Whether staff typed the number the member shows and it is the one on record (both read as E.164); a number typed
     * and not matching refuses the hand-over, whatever the library's setting, so that nothing is written.
     */
    private static boolean shownNumberMatches(MemberView member, String shown) {
        if (shown == null || shown.isBlank()) {
            return false;
        }
        if (member.phoneE164() == null) {
            throw PhoneNotConfirmedException.noneOnRecord();
        }
        if (!PhoneNumberRule.toE164(shown).filter(member.phoneE164()::equals).isPresent()) {
            throw PhoneNotConfirmedException.mismatch();
        }
        return true;
    }

    /**
     * Sends a code to the member's mobile (or e-mail) to confirm the number; answers where it went, masked. Not in a
     * transaction: the code is stored and committed first, then the SMS leaves with no pool connection held.
     */
    public CodeSent sendPhoneCheck(Library library, String memberNumber, String channel) {
        MemberView member = printable.require(library, memberNumber);
        return codes.sendAndTell(library, member, OneTimeCodes.Purpose.PHONE_CHECK, channel == null ? "SMS" : channel);
    }

    /** Checks the code; a wrong try counts even though the check fails (in its own transaction). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void verifyPhoneCheck(Library library, String memberNumber, String code) {
        printable.require(library, memberNumber);
        codes.verify(library, memberNumber, OneTimeCodes.Purpose.PHONE_CHECK, code);
    }

    /** The book's lines of one day in the library's time zone. */
    @Transactional(readOnly = true)
    public List<ReceiptEntry> day(Library library, LocalDate day) {
        Instant from = day.atStartOfDay(library.timezone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(library.timezone()).toInstant();
        return book.between(library.id(), from, to);
    }

    @Transactional(readOnly = true)
    public byte[] signature(Library library, long entryId) {
        return book.signature(library.id(), entryId)
                .orElseThrow(() -> new NotFoundException("cards.error.signatureNotFound", entryId));
    }

    /** The member a card is about to be handed to: approved, with the card printed or not yet. */
    @Transactional(readOnly = true)
    public MemberView member(Library library, String memberNumber) {
        return printable.require(library, memberNumber);
    }

    @Transactional(readOnly = true)
    public boolean requiresConfirmedPhone(Library library) {
        return libraries.handoverRequiresConfirmedPhone(library.id());
    }

    @Transactional(readOnly = true)
    public boolean phoneConfirmedByCode(Library library, String memberNumber) {
        return codes.phoneConfirmedWithin(library, memberNumber, CODE_COUNTS_FOR);
    }

    public LocalDate today(Library library) {
        return printable.today(library);
    }
}

package id.serambi.cards.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.cards.CardReady;
import id.serambi.cases.CaseDesk;
import id.serambi.cases.CaseView;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.MemberView;
import id.serambi.shared.mail.MailText;
import id.serambi.shared.mail.Mailer;

/**
 * After a card became ready for pick-up, tells the applicant through the configured gateway: an SMS to the member's
 * phone, else an e-mail, with the deadline of the member's open case (library time zone). Once per card: the notice is
 * marked on the card after it went out. A failing gateway throws, so the publication stays incomplete and is retried
 * ({@code shared.events.FailedPublications}); a member without phone or e-mail is logged, not failed. Members have no
 * stored language, so the notice is in Bahasa Indonesia.
 */
@Component
class PickUpNotice {

    private static final Logger log = LoggerFactory.getLogger(PickUpNotice.class);
    private static final Locale MEMBER_LANGUAGE = Locale.forLanguageTag("id");
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

    private final LibraryService libraries;
    private final PrintableMembers members;
    private final CardIssueRepository issues;
    private final CaseDesk desk;
    private final CodeMessages messages;
    private final Clock clock;
    private final TransactionTemplate transaction;

    PickUpNotice(LibraryService libraries, PrintableMembers members, CardIssueRepository issues, CaseDesk desk,
            CodeMessages messages, Clock clock, PlatformTransactionManager transactions) {
        this.libraries = libraries;
        this.members = members;
        this.issues = issues;
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What to send and where; composed in a short transaction so that no connection waits for the gateway. */
    private record Notice(String phone, String email, MailText subject, MailText text) {
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CardReady event) {
        Optional<Notice> notice = transaction.execute(status -> compose(event));
        if (notice == null || notice.isEmpty()) {
            return;
        }
        Notice n = notice.get();
        if (n.phone() != null && !n.phone().isBlank()) {
            messages.bySms(n.phone(), MEMBER_LANGUAGE, n.text());
        } else if (Mailer.isEmail(n.email())) {
            messages.byMail(n.email(), MEMBER_LANGUAGE, n.subject(), n.text());
        } else {
            log.info("Card {} of library {} is ready for pick-up; the member has no phone or e-mail to tell",
                    event.cardId(), event.library().value());
        }
        transaction.executeWithoutResult(status -> issues.markPickupNotified(event.library(), event.cardId(),
                Instant.now(clock)));
    }

    private Optional<Notice> compose(CardReady event) {
        if (issues.pickupNotified(event.library(), event.cardId())) {
            return Optional.empty();
        }
        Library library = libraries.find(event.library()).orElseThrow();
        MemberView member = members.require(library, event.memberNumber());
        Optional<Instant> deadline = desk.openCaseOf(library, SubjectKind.MEMBER, member.memberNumber())
                .map(CaseView::deadline);
        MailText text = deadline.map(due -> MailText.of("cards.pickup.text", library.name(), member.memberNumber(),
                DEADLINE.withLocale(MEMBER_LANGUAGE).withZone(library.timezone()).format(due)))
                .orElseGet(() -> MailText.of("cards.pickup.textNoDeadline", library.name(), member.memberNumber()));
        return Optional.of(new Notice(member.phoneE164(), member.email(),
                MailText.of("cards.pickup.subject", library.name()), text));
    }
}

package id.serambi.frontoffice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.frontoffice.internal.CardReadThrough;
import id.serambi.frontoffice.internal.ChoiceCatalog;
import id.serambi.frontoffice.internal.ChoiceList;
import id.serambi.frontoffice.internal.GuestBook;
import id.serambi.frontoffice.internal.MemberCardRepository;
import id.serambi.frontoffice.internal.QuickScans;
import id.serambi.frontoffice.internal.SettingsRepository;
import id.serambi.frontoffice.internal.VisitRepository;
import id.serambi.frontoffice.internal.VisitStatistics;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.shared.InvalidInputException;

/** The front office's public face: the guest book, its lists and rules, statistics, and member cards at the door. */
@Service
@Transactional(readOnly = true)
public class FrontOfficeService {

    private final GuestBook guestBook;
    private final QuickScans quickScans;
    private final VisitStatistics statistics;
    private final VisitRepository visits;
    private final MemberCardRepository cards;
    private final CardReadThrough readThrough;
    private final ChoiceCatalog choices;
    private final SettingsRepository settings;
    private final Clock clock;

    FrontOfficeService(GuestBook guestBook, QuickScans quickScans, VisitStatistics statistics, VisitRepository visits,
            MemberCardRepository cards, CardReadThrough readThrough, ChoiceCatalog choices,
            SettingsRepository settings, Clock clock) {
        this.readThrough = readThrough;
        this.guestBook = guestBook;
        this.quickScans = quickScans;
        this.statistics = statistics;
        this.visits = visits;
        this.cards = cards;
        this.choices = choices;
        this.settings = settings;
        this.clock = clock;
    }

    /** Records a visit now: a card scan, a non-member or a group; card problems are refused with 422. */
    @Transactional
    public VisitReceipt recordVisit(Library library, NewVisit visit) {
        return guestBook.record(library, visit, clock.instant());
    }

    /**
     * Records a plain card scan together with the scans arriving at the same time (see {@code QuickScans}); empty
     * when nothing was written because the scan needs {@link #recordVisit} (a refusal, a warning, bad input).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<VisitReceipt> recordScanQuickly(Library library, NewVisit visit, Long staffAccountId) {
        return quickScans.record(library, visit, clock.instant(), staffAccountId);
    }

    /** Records a visit that happened at {@code at} (a paper guest book typed in later). */
    @Transactional
    public VisitReceipt recordVisitAt(Library library, NewVisit visit, Instant at) {
        return guestBook.record(library, visit, at);
    }

    public VisitStats stats(Library library, LocalDate from, LocalDate to) {
        return statistics.between(library.id(), from, to);
    }

    public List<VisitSummary> latestVisits(Library library, int limit) {
        return visits.latest(library.id(), today(library), limit);
    }

    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }

    /** The member's card, read through to membership when the copy has none yet. */
    public Optional<MemberCard> card(LibraryId library, String memberNumber) {
        Optional<MemberCard> copied = cards.find(library, memberNumber);
        return copied.isPresent() ? copied : readThrough.card(library, memberNumber, null, LocalDate.MIN);
    }

    /** The card of a member who may use a members-only service today; refuses with the card's problem. */
    public MemberCard requireValidCard(Library library, String memberNumber) {
        MemberCard card = readThrough.card(library.id(), memberNumber,
                cards.find(library.id(), memberNumber).orElse(null), today(library))
                .orElseThrow(() -> CardRefusedException.unknown(memberNumber));
        CardRefusedException problem = card.problemOn(today(library));
        if (problem != null) {
            throw problem;
        }
        return card;
    }

    /** When the member last signed the guest book at or after {@code since}. */
    public Optional<Instant> lastVisitSince(LibraryId library, String memberNumber, Instant since) {
        return visits.lastMemberVisit(library, memberNumber, since);
    }

    public List<VisitChoice> purposes(LibraryId library) {
        return choices.all(library, ChoiceList.PURPOSE).stream().filter(VisitChoice::active).toList();
    }

    public List<VisitChoice> locations(LibraryId library) {
        return choices.all(library, ChoiceList.LOCATION).stream().filter(VisitChoice::active).toList();
    }

    /** Every purpose (LOCATION for rooms), also the switched-off ones, for the settings page. */
    public List<VisitChoice> allChoices(LibraryId library, boolean rooms) {
        return choices.all(library, rooms ? ChoiceList.LOCATION : ChoiceList.PURPOSE);
    }

    @Transactional
    public String addChoice(LibraryId library, boolean room, String name) {
        return choices.add(library, room ? ChoiceList.LOCATION : ChoiceList.PURPOSE, name);
    }

    @Transactional
    public void updateChoice(LibraryId library, boolean room, String code, String name, boolean active) {
        if (!room && !active && settings.find(library).defaultPurpose().equals(code)) {
            throw InvalidInputException.of("code", "frontoffice.choice.defaultStays");
        }
        choices.update(library, room ? ChoiceList.LOCATION : ChoiceList.PURPOSE, code, name, active);
    }

    public GuestBookSettings settings(LibraryId library) {
        return settings.find(library);
    }

    @Transactional
    public void saveSettings(LibraryId library, GuestBookSettings changed) {
        if (changed.duplicateWindowMinutes() < 0 || changed.duplicateWindowMinutes() > 1440) {
            throw InvalidInputException.of("duplicateWindowMinutes", "frontoffice.settings.windowInvalid", 1440);
        }
        boolean purposeActive = purposes(library).stream().anyMatch(p -> p.code().equals(changed.defaultPurpose()));
        if (changed.expiredCardPolicy() == null || !purposeActive) {
            throw InvalidInputException.of("defaultPurpose", "frontoffice.visit.purposeUnknown");
        }
        settings.save(library, changed);
    }
}

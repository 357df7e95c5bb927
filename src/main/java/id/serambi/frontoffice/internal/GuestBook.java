package id.serambi.frontoffice.internal;

import static id.serambi.frontoffice.internal.VisitValidator.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.serambi.frontoffice.CardRefusedException;
import id.serambi.frontoffice.ExpiredCardPolicy;
import id.serambi.frontoffice.GuestBookSettings;
import id.serambi.frontoffice.MemberCard;
import id.serambi.frontoffice.NewVisit;
import id.serambi.frontoffice.VisitReceipt;
import id.serambi.frontoffice.VisitorType;
import id.serambi.libraries.Library;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/**
 * Writes guest-book entries. A card scan is the hot path (a queue at the door, a kiosk per room): one read that
 * brings the card, the rules and the earlier visit, then one insert (for one scan, or for the scans that arrived
 * together on the API's quick path).
 */
@Component
public class GuestBook {

    private final VisitRepository visits;
    private final ScanRepository scans;
    private final ChoiceRepository choices;
    private final SettingsRepository settings;
    private final FirstScanCheckpoint firstScan;
    private final CardReadThrough readThrough;
    private final id.serambi.membership.MemberImport imported;

    GuestBook(VisitRepository visits, ScanRepository scans, ChoiceRepository choices,
            SettingsRepository settings, FirstScanCheckpoint firstScan, CardReadThrough readThrough,
            id.serambi.membership.MemberImport imported) {
        this.readThrough = readThrough;
        this.imported = imported;
        this.visits = visits;
        this.scans = scans;
        this.choices = choices;
        this.settings = settings;
        this.firstScan = firstScan;
    }

    /**
     * Records the visit and says the guest book was signed: the entry joins the case staff hold, if any (a scan that
     * repeats an earlier one of the window says nothing).
     */
    public VisitReceipt record(Library library, NewVisit visit, Instant at) {
        VisitorType type = VisitValidator.check(visit);
        VisitReceipt receipt = type == VisitorType.MEMBER ? scan(library, visit, at)
                : recordGuest(library, visit, type, at);
        if (!receipt.duplicate()) {
            firstScan.guestBookSigned(library, receipt.visitId(), receipt.visitedAt());
        }
        return receipt;
    }

    private VisitReceipt scan(Library library, NewVisit visit, Instant at) {
        ScanRequest request = new ScanRequest(library, clean(visit.memberNumber()), code(visit.purpose()),
                code(visit.location()), at, CurrentStaff.accountIdOrNull());
        ScanContext context = scans.contexts(List.of(request)).getFirst();
        MemberCard card = readThrough.forScan(library.id(), request.memberNumber(), context.card(),
                day(library, at));
        boolean formerNumber = false;
        if (card == null && request.memberNumber() != null) {
            // An unknown number may be a card of the old system (SLiMS numbers are not case-sensitive) or a member's
            // number there before the import gave a new one: the member's card, with a warning to hand out the new.
            String current = imported.currentNumber(library.id(), request.memberNumber()).orElse(null);
            if (current != null && !current.equals(request.memberNumber())) {
                request = new ScanRequest(library, current, request.purpose(), request.location(), at,
                        request.staffAccountId());
                context = scans.contexts(List.of(request)).getFirst();
                card = readThrough.forScan(library.id(), current, context.card(), day(library, at));
                formerNumber = true;
            }
        }
        Outcome outcome = outcome(request, context.withCard(card));
        VisitReceipt receipt = outcome.repeat() != null ? outcome.repeat() : write(List.of(outcome)).getFirst();
        return formerNumber && receipt.warningCode() == null ? new VisitReceipt(receipt.visitId(),
                receipt.visitorType(), receipt.memberNumber(), receipt.memberName(), receipt.people(),
                receipt.visitedAt(), receipt.duplicate(), VisitReceipt.FORMER_NUMBER) : receipt;
    }

    /**
     * What a card scan comes to before anything is written: the receipt of a repeat within the library's window, or
     * the visit to write; refuses (unknown card, card problem, purpose or room not on the lists) with an exception.
     */
    static Outcome outcome(ScanRequest request, ScanContext context) {
        requireOnLists(context.purposeActive(), context.locationActive());
        MemberCard card = context.card();
        if (card == null) {
            throw CardRefusedException.unknown(request.memberNumber());
        }
        Library library = request.library();
        String warning = warningOrRefusal(card, context.expiredCardPolicy(), day(library, request.at()));
        if (context.earlierVisitId() != null) {
            return new Outcome(request, new VisitReceipt(context.earlierVisitId(), VisitorType.MEMBER,
                    request.memberNumber(), card.fullName(), 1, context.earlierVisitAt(), true, warning), null, false);
        }
        return new Outcome(request, null, new VisitRow(request.at(), day(library, request.at()), VisitorType.MEMBER,
                request.memberNumber(), context.purpose(), 1, request.location(), card.fullName(),
                card.categoryCode(), warning, null, null, null, null, null, null, null, null, null, null,
                request.staffAccountId()), context.firstScan());
    }

    /** Writes the scans' visits (at most one per member and library) and closes first scans; receipts in order. */
    List<VisitReceipt> write(List<Outcome> outcomes) {
        Map<String, ScanRepository.Written> written = scans.insert(outcomes.stream()
                .map(o -> new ScanRepository.Scan(o.request().library().idValue(), o.row(), o.firstScan())).toList());
        List<VisitReceipt> receipts = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            ScanRequest request = outcome.request();
            ScanRepository.Written visit = written.get(request.key());
            if (visit.first()) {
                firstScan.reached(request.library(), request.memberNumber(), request.at());
            }
            VisitRow row = outcome.row();
            receipts.add(new VisitReceipt(visit.visitId(), VisitorType.MEMBER, row.memberNumber(), row.name(), 1,
                    row.visitedAt(), false, row.cardWarning()));
        }
        return receipts;
    }

    /**
     * A card scan decided: either the receipt of a repeat (nothing to write) or the visit row to write, and whether
     * the card had never been scanned when it was read.
     */
    record Outcome(ScanRequest request, VisitReceipt repeat, VisitRow row, boolean firstScan) {
    }

    private static String warningOrRefusal(MemberCard card, ExpiredCardPolicy policy, LocalDate day) {
        CardRefusedException problem = card.problemOn(day);
        if (problem == null) {
            return null;
        }
        if (problem.code().equals(CardRefusedException.EXPIRED) && policy == ExpiredCardPolicy.WARN) {
            return problem.code();
        }
        throw problem;
    }

    private VisitReceipt recordGuest(Library library, NewVisit visit, VisitorType type, Instant at) {
        GuestBookSettings rules = settings.find(library.id());
        String purpose = code(visit.purpose()) == null ? rules.defaultPurpose() : code(visit.purpose());
        String location = code(visit.location());
        requireOnLists(choices.isActive(library.id(), ChoiceList.PURPOSE, purpose),
                location == null || choices.isActive(library.id(), ChoiceList.LOCATION, location));
        boolean group = type == VisitorType.GROUP;
        int people = group ? visit.groupSize() : 1;
        NewVisit.Breakdown split = visit.breakdown();
        String sex = visit.sex() == null ? null : visit.sex().toUpperCase(Locale.ROOT);
        long id = visits.insert(library.id(), new VisitRow(at, day(library, at), type, null, purpose, people,
                location, group ? null : clean(visit.name()), null, null, group ? null : sex,
                clean(visit.occupation()), clean(visit.education()), clean(visit.institution()),
                clean(visit.address()), group ? clean(visit.groupName()) : null, clean(visit.leader()),
                clean(visit.contact()), group && split != null ? split.male() : null,
                group && split != null ? split.female() : null, CurrentStaff.accountIdOrNull()));
        return new VisitReceipt(id, type, null, null, people, at, false, null);
    }

    private static void requireOnLists(boolean purposeActive, boolean locationActive) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!purposeActive) {
            problems.add(FieldProblem.of("purpose", "frontoffice.visit.purposeUnknown"));
        }
        if (!locationActive) {
            problems.add(FieldProblem.of("location", "frontoffice.visit.locationUnknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static String code(String value) {
        String clean = clean(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    static LocalDate day(Library library, Instant at) {
        return at.atZone(library.timezone()).toLocalDate();
    }
}

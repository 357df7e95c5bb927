package id.serambi.frontoffice.internal;

import static id.serambi.frontoffice.internal.VisitValidator.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * brings the card, the rules and the earlier visit, then one insert.
 */
@Component
public class GuestBook {

    private final VisitRepository visits;
    private final ChoiceRepository choices;
    private final SettingsRepository settings;
    private final FirstScanCheckpoint firstScan;

    GuestBook(VisitRepository visits, ChoiceRepository choices,
            SettingsRepository settings, FirstScanCheckpoint firstScan) {
        this.visits = visits;
        this.choices = choices;
        this.settings = settings;
        this.firstScan = firstScan;
    }

    public VisitReceipt record(Library library, NewVisit visit, Instant at) {
        VisitorType type = VisitValidator.check(visit);
        return type == VisitorType.MEMBER ? scan(library, visit, at) : recordGuest(library, visit, type, at);
    }

    private VisitReceipt scan(Library library, NewVisit visit, Instant at) {
        String number = clean(visit.memberNumber());
        ScanContext context = visits.scanContext(library.id(), number, code(visit.purpose()),
                code(visit.location()), at);
        requireOnLists(context.purposeActive(), context.locationActive());
        MemberCard card = context.card();
        if (card == null) {
            throw CardRefusedException.unknown(number);
        }
        String warning = warningOrRefusal(card, context.expiredCardPolicy(), day(library, at));
        if (context.earlierVisitId() != null) {
            return new VisitReceipt(context.earlierVisitId(), VisitorType.MEMBER, number, card.fullName(), 1,
                    context.earlierVisitAt(), true, warning);
        }
        VisitRow row = new VisitRow(at, day(library, at), VisitorType.MEMBER, number, context.purpose(), 1,
                code(visit.location()), card.fullName(), card.categoryCode(), warning, null, null, null, null, null,
                null, null, null, null, null, CurrentStaff.accountIdOrNull());
        long id;
        if (context.firstScan()) {
            VisitRepository.FirstScan scan = visits.insertFirstScan(library.id(), row);
            id = scan.visitId();
            if (scan.first()) {
                firstScan.reached(library, number, at);
            }
        } else {
            id = visits.insert(library.id(), row);
        }
        return new VisitReceipt(id, VisitorType.MEMBER, number, card.fullName(), 1, at, false, warning);
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

    private static String code(String value) {
        String clean = clean(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    static LocalDate day(Library library, Instant at) {
        return at.atZone(library.timezone()).toLocalDate();
    }
}

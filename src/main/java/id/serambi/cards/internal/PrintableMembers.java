package id.serambi.cards.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.serambi.cards.CardsNotPrintableException;
import id.serambi.cards.LeftOut;
import id.serambi.cards.MemberNotApprovedException;
import id.serambi.cards.internal.render.CardData;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberPhoto;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;
import id.serambi.membership.MembershipService;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/** Members a card may be printed for, checked before anything is rendered or recorded. */
@Component
public class PrintableMembers {

    public static final int MAX_BATCH = 1000;

    private final MembershipService membership;
    private final Clock clock;

    PrintableMembers(MembershipService membership, Clock clock) {
        this.membership = membership;
        this.clock = clock;
    }

    /** An approved member with a valid card: 404 for an unknown number, 409 for any other status. */
    public MemberView require(Library library, String memberNumber) {
        MemberView member = membership.find(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
        if (!member.cardAllowedOn(today(library))) {
            if (member.status() == MemberStatus.APPROVED && member.expiresOn() != null) {
                throw MemberNotApprovedException.expired(memberNumber, member.expiresOn());
            }
            throw new MemberNotApprovedException(memberNumber, member.status());
        }
        return member;
    }

    /** All of the batch's members, or a 422 naming every number that cannot be printed. */
    public List<MemberView> requireAll(Library library, List<String> memberNumbers) {
        if (memberNumbers == null || memberNumbers.isEmpty() || memberNumbers.size() > MAX_BATCH) {
            throw InvalidInputException.of("memberNumbers", "cards.error.batchSize", MAX_BATCH);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<MemberView> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = today(library);
        for (int i = 0; i < memberNumbers.size(); i++) {
            String number = memberNumbers.get(i);
            String field = "memberNumbers[" + i + "]";
            Optional<MemberView> member = number == null ? Optional.empty() : membership.find(library.id(), number);
            if (member.isEmpty()) {
                problems.add(FieldProblem.of(field, "cards.error.unknownNumber", String.valueOf(number)));
            } else if (!member.get().cardAllowedOn(today)) {
                problems.add(FieldProblem.of(field, "cards.error.numberNotApproved", number));
            } else if (!seen.add(number)) {
                problems.add(FieldProblem.of(field, "cards.error.numberTwice", number));
            } else {
                members.add(member.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new CardsNotPrintableException(problems);
        }
        return members;
    }

    /** A past run's members split into those printable today and those left out; a 422 when none is printable. */
    public Sorted sortOut(Library library, List<String> memberNumbers) {
        LocalDate today = today(library);
        List<MemberView> members = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (String number : memberNumbers) {
            Optional<MemberView> member = membership.find(library.id(), number);
            if (member.isPresent() && member.get().cardAllowedOn(today)) {
                members.add(member.get());
            } else {
                leftOut.add(new LeftOut(number, member.map(MemberView::status).orElse(null),
                        member.map(MemberView::replacedBy).orElse(null)));
            }
        }
        if (members.isEmpty()) {
            List<FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < memberNumbers.size(); i++) {
                problems.add(FieldProblem.of("memberNumbers[" + i + "]", "cards.error.numberNotApproved",
                        memberNumbers.get(i)));
            }
            throw new CardsNotPrintableException(problems);
        }
        return new Sorted(members, leftOut);
    }

    /** The members of a run that may be printed, and those left out. */
    public record Sorted(List<MemberView> printable, List<LeftOut> leftOut) {
    }

    public CardData card(Library library, MemberView member) {
        byte[] photo = membership.photo(library.id(), member.memberNumber()).map(MemberPhoto::jpeg).orElse(null);
        return new CardData(member.memberNumber(), member.fullName(), member.categoryName(), member.expiresOn(),
                photo);
    }

    public LocalDate today(Library library) {
        return LocalDate.now(clock.withZone(library.timezone()));
    }
}

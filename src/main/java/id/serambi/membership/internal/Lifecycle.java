package id.serambi.membership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.DocumentType;
import id.serambi.libraries.Library;
import id.serambi.membership.DocumentSeen;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberStateException;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/** A card's life after approval: renewal, replacement of a lost or damaged card, deactivation. */
@Service
public class Lifecycle {

    private final MemberLookup lookup;
    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final NumberIssuer numbers;
    private final MemberEvents events;
    private final ReplacementCopier copier;

    Lifecycle(MemberLookup lookup, MemberRepository members, MemberHistoryRepository history, NumberIssuer numbers,
            MemberEvents events, ReplacementCopier copier) {
        this.lookup = lookup;
        this.members = members;
        this.history = history;
        this.numbers = numbers;
        this.events = events;
        this.copier = copier;
    }

    /** Extends an approved card by its category's period, from today or from the old expiry (library setting). */
    @Transactional
    public LocalDate renew(Library library, String memberNumber) {
        MemberRecord member = requireApproved(library, memberNumber, "RENEW");
        LocalDate today = lookup.today(library);
        boolean fromOldExpiry = numbers.settings(library).renewalFrom() == MembershipSettings.RenewalFrom.OLD_EXPIRY
                && member.expiresOn() != null && member.expiresOn().isAfter(today);
        LocalDate start = fromOldExpiry ? member.expiresOn() : today;
        LocalDate expires = start.plusMonths(lookup.category(library, member.categoryCode()).periodMonths());
        Instant now = lookup.clock().instant();
        members.updateStatus(library.id(), member.id(), MemberStatus.APPROVED, expires, null);
        history.add(library.id(), member.id(), HistoryAction.RENEWED, expires.toString(), null,
                CurrentStaff.accountIdOrNull(), now);
        events.cardChanged(library, member, MemberStatus.APPROVED, expires, null, now);
        return expires;
    }

    /**
     * Replaces a lost or damaged card: the old number is blocked for good (REPLACED, linked to the new one) and a new
     * number carries the member's data and expiry. The library's replacement documents must have been seen.
     */
    @Transactional
    public String replace(Library library, String memberNumber, String reason, List<DocumentSeen> documents) {
        Map<DocumentType, String> seen = replacementDocuments(library, reason, documents);
        MemberRecord old = requireApproved(library, memberNumber, "REPLACE");
        Instant now = lookup.clock().instant();
        String number = numbers.next(library, lookup.today(library));
        members.updateStatus(library.id(), old.id(), MemberStatus.REPLACED, old.expiresOn(), number);
        long id = copier.copy(library, old, number, now);
        members.updateStatus(library.id(), id, MemberStatus.APPROVED, old.expiresOn(), null);
        history.addDocuments(library.id(), id, seen);
        Long staff = CurrentStaff.accountIdOrNull();
        history.add(library.id(), old.id(), HistoryAction.REPLACED, reason + " → " + number, null, staff, now);
        history.add(library.id(), id, HistoryAction.REGISTERED, reason + " ← " + old.memberNumber(), null, staff,
                now);
        events.cardChanged(library, old, MemberStatus.REPLACED, old.expiresOn(), number, now);
        MemberRecord fresh = members.find(library.id(), number).orElseThrow();
        events.cardChanged(library, fresh, MemberStatus.APPROVED, old.expiresOn(), null, now);
        events.reached(library, MemberRecord.Channel.REPLACEMENT, number, now,
                Checkpoint.REQUIREMENTS_CHECKED, Checkpoint.DATA_ENTERED);
        return number;
    }

    @Transactional
    public void deactivate(Library library, String memberNumber, String reason) {
        String text = ApplicationValidator.blankToNull(reason);
        if (text == null) {
            throw InvalidInputException.of("reason", "validation.required");
        }
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() == MemberStatus.REPLACED || member.status() == MemberStatus.DEACTIVATED
                || member.status() == MemberStatus.ERASED) {
            throw new MemberStateException(member.status(), "DEACTIVATE");
        }
        Instant now = lookup.clock().instant();
        members.updateStatus(library.id(), member.id(), MemberStatus.DEACTIVATED, member.expiresOn(), null);
        history.add(library.id(), member.id(), HistoryAction.DEACTIVATED, text, null, CurrentStaff.accountIdOrNull(),
                now);
        events.cardChanged(library, member, MemberStatus.DEACTIVATED, member.expiresOn(), null, now);
    }

    private MemberRecord requireApproved(Library library, String memberNumber, String action) {
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() != MemberStatus.APPROVED) {
            throw new MemberStateException(member.status(), action);
        }
        return member;
    }

    private static Map<DocumentType, String> replacementDocuments(Library library, String reason,
            List<DocumentSeen> documents) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!"LOST".equals(reason) && !"DAMAGED".equals(reason)) {
            problems.add(FieldProblem.of("reason", "membership.replacement.reason"));
        }
        Map<DocumentType, String> seen = new java.util.EnumMap<>(DocumentType.class);
        for (DocumentSeen document : documents == null ? List.<DocumentSeen>of() : documents) {
            DocumentType type = parse(document == null ? null : document.type());
            if (type != null) {
                seen.put(type, ApplicationValidator.blankToNull(document.number()));
            }
        }
        List<DocumentType> required = library.replacementDocuments().isEmpty() ? List.of(DocumentType.values())
                : library.replacementDocuments();
        if (required.stream().noneMatch(seen::containsKey)) {
            problems.add(FieldProblem.of("documents", "membership.documents.missing",
                    String.join(" / ", required.stream().map(Enum::name).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return seen;
    }

    private static DocumentType parse(String type) {
        return java.util.Arrays.stream(DocumentType.values()).filter(t -> t.name().equals(type)).findFirst()
                .orElse(null);
    }
}

package id.serambi.membership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.AlreadyRegisteredException;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.DocumentSeen;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberStateException;
import id.serambi.membership.RevisionNotRequestedException;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.security.StaffPrincipal;

/** Staff check an application and approve it (with their paraf) or send it back; the data is then corrected. */
@Service
public class Verifications {

    private final MemberLookup lookup;
    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final ApplicationValidator validator;
    private final Identities identities;
    private final MemberEvents events;

    Verifications(MemberLookup lookup, MemberRepository members, MemberHistoryRepository history,
            ApplicationValidator validator, Identities identities, MemberEvents events) {
        this.lookup = lookup;
        this.members = members;
        this.history = history;
        this.validator = validator;
        this.identities = identities;
        this.events = events;
    }

    /** The decisions of a verification round. */
    public enum Decision {
        APPROVE, REVISE
    }

    @Transactional
    public MemberStatus decide(Library library, String memberNumber, String decision, String note) {
        Decision parsed = Arrays.stream(Decision.values()).filter(d -> d.name().equals(decision)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("decision", "membership.decision.invalid"));
        String text = ApplicationValidator.blankToNull(note);
        if (parsed == Decision.REVISE && text == null) {
            throw InvalidInputException.of("note", "membership.note.required");
        }
        if (text != null && text.length() > 1000) {
            throw InvalidInputException.of("note", "validation.tooLong", 1000);
        }
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() != MemberStatus.PENDING_VERIFICATION) {
            throw new MemberStateException(member.status(), parsed.name());
        }
        return parsed == Decision.APPROVE ? approve(library, member, text) : revise(library, member, text);
    }

    private MemberStatus approve(Library library, MemberRecord member, String note) {
        Instant now = lookup.clock().instant();
        LocalDate expires = lookup.today(library)
                .plusMonths(lookup.category(library, member.categoryCode()).periodMonths());
        members.updateStatus(library.id(), member.id(), MemberStatus.APPROVED, expires, null);
        history.add(library.id(), member.id(), HistoryAction.APPROVED, note, paraf(),
                CurrentStaff.accountIdOrNull(), now);
        events.cardChanged(library, member, MemberStatus.APPROVED, expires, null, now);
        events.reached(library, member.channel(), member.memberNumber(), now, Checkpoint.DATA_VERIFIED);
        return MemberStatus.APPROVED;
    }

    private MemberStatus revise(Library library, MemberRecord member, String note) {
        Instant now = lookup.clock().instant();
        members.updateStatus(library.id(), member.id(), MemberStatus.REVISION_REQUESTED, null, null);
        history.add(library.id(), member.id(), HistoryAction.REVISION_REQUESTED, note, paraf(),
                CurrentStaff.accountIdOrNull(), now);
        events.cardChanged(library, member, MemberStatus.REVISION_REQUESTED, null, null, now);
        // the data were checked (Jawa Tengah's step 4, "kros cek"): that check found what the revision asks for, so
        // the revision (step 5) is measured from it, and the approval after the revision is a later occurrence
        events.reached(library, member.channel(), member.memberNumber(), now, Checkpoint.DATA_VERIFIED);
        return MemberStatus.REVISION_REQUESTED;
    }

    /**
     * Corrects an application that waits for verification or was sent back; an empty NIK or mother's maiden name
     * keeps the stored one (so that staff never need to see it). The application goes back to verification.
     */
    @Transactional
    public MemberStatus correct(Library library, String memberNumber, ApplicationDetails form) {
        return correct(library, lookup.lock(library, memberNumber), form);
    }

    /** The correction form for staff, filled in with the member's data except the encrypted fields. */
    @Transactional(readOnly = true)
    public ApplicationDetails correctionForm(Library library, String memberNumber) {
        return correctionForm(members.find(library.id(), memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber)));
    }

    /** The member's data as a correction starts from, except the NIK and mother's maiden name (never shown). */
    static ApplicationDetails correctionForm(MemberRecord member) {
        return new ApplicationDetails(member.fullName(), null, member.birthPlace(), member.birthDate().toString(),
                member.sex().name(), member.address(), null, member.home().provinceCode(),
                member.home().regencyCode(), member.home().districtCode(), null, member.phoneE164(), member.email(),
                member.categoryCode(), member.institution(), member.institutionRegion(), member.guardianName(),
                member.guardianName() != null, true, List.<DocumentSeen>of());
    }

    /** The applicant corrects their own data through the private link, only while a revision is asked for. */
    @Transactional
    public MemberStatus correctByApplicant(Library library, MemberRecord applicant, ApplicationDetails form) {
        MemberRecord member = lookup.lock(library, applicant.memberNumber());
        if (member.status() != MemberStatus.REVISION_REQUESTED) {
            throw new RevisionNotRequestedException(member.status());
        }
        return correct(library, member, form);
    }

    private MemberStatus correct(Library library, MemberRecord member, ApplicationDetails typed) {
        if (member.status() != MemberStatus.PENDING_VERIFICATION
                && member.status() != MemberStatus.REVISION_REQUESTED) {
            throw new MemberStateException(member.status(), "CORRECT");
        }
        ApplicationDetails form = keepStoredIdentity(member, typed);
        ValidApplication application = validator.validate(library, form, false);
        EncryptedIdentity identity = identities.encrypt(library.idValue(), application);
        if (!Arrays.equals(identity.nikIndex(), identities.nikIndex(library.idValue(), identities.nik(member)))
                && members.nikTaken(library.id(), identity.nikIndex())) {
            throw new AlreadyRegisteredException();
        }
        List<String> similar = members.similar(library.id(), application.fullName(), application.birthDate(),
                member.id()).stream().map(n -> "membership.warning.similar:" + n).toList();
        ValidApplication checked = Registrations.withWarnings(application,
                java.util.stream.Stream.concat(application.warnings().stream(), similar.stream()).toList());
        Instant now = lookup.clock().instant();
        members.correct(library.id(), member.id(), checked, identity);
        history.addDocuments(library.id(), member.id(), checked.documents());
        history.add(library.id(), member.id(), HistoryAction.CORRECTED, null, null, CurrentStaff.accountIdOrNull(),
                now);
        events.cardChanged(library, member, MemberStatus.PENDING_VERIFICATION, null, null, now);
        events.reached(library, member.channel(), member.memberNumber(), now, Checkpoint.DATA_REVISED);
        return MemberStatus.PENDING_VERIFICATION;
    }

    private ApplicationDetails keepStoredIdentity(MemberRecord member, ApplicationDetails form) {
        String nik = ApplicationValidator.blankToNull(form.nik()) == null ? identities.nik(member) : form.nik();
        String motherName = ApplicationValidator.blankToNull(form.motherMaidenName()) == null
                ? identities.motherMaidenName(member) : form.motherMaidenName();
        return form.withIdentity(nik, motherName);
    }

    /** The verifier's initials (paraf), from the staff member's name. */
    static String paraf() {
        return CurrentStaff.get().map(StaffPrincipal::fullName).map(Verifications::initials).orElse(null);
    }

    static String initials(String fullName) {
        StringBuilder initials = new StringBuilder();
        for (String word : fullName.trim().split("\\s+")) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
            }
        }
        return initials.toString();
    }
}

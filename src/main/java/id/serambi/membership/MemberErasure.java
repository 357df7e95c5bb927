package id.serambi.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.internal.HistoryAction;
import id.serambi.membership.internal.Identities;
import id.serambi.membership.internal.MemberAnonymiser;
import id.serambi.membership.internal.MemberHistoryRepository;
import id.serambi.membership.internal.MemberEvents;
import id.serambi.membership.internal.MemberLookup;
import id.serambi.membership.internal.MemberRecord;
import id.serambi.membership.internal.MemberRepository;
import id.serambi.membership.internal.PersonalDataQueries;
import id.serambi.shared.security.CurrentStaff;

/**
 * Membership's part in personal-data rights (UU PDP): what is held about a member, an approved correction, and the
 * erasure that anonymises a member while statistics keep counting and the number stays blocked for good.
 */
@Service
@Transactional
public class MemberErasure {

    private final MemberLookup lookup;
    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final MemberAnonymiser anonymiser;
    private final PersonalDataQueries queries;
    private final MemberEvents events;
    private final CorrectionValues values;
    private final Identities identities;

    MemberErasure(MemberLookup lookup, MemberRepository members, MemberHistoryRepository history,
            MemberAnonymiser anonymiser, PersonalDataQueries queries, MemberEvents events, Identities identities) {
        this.lookup = lookup;
        this.members = members;
        this.history = history;
        this.anonymiser = anonymiser;
        this.queries = queries;
        this.events = events;
        this.values = new CorrectionValues();
        this.identities = identities;
    }

    @Transactional(readOnly = true)
    public PersonalData personalData(LibraryId library, String memberNumber) {
        MemberView member = members.findView(library, memberNumber)
                .orElseThrow(() -> MemberNotFoundException.forNumber(memberNumber));
        List<PersonalData.HistoryEntry> steps = history.history(library, member.memberId()).stream()
                .map(e -> new PersonalData.HistoryEntry(e.action(), e.note(), e.at())).toList();
        return new PersonalData(member, history.documents(library, member.memberId()),
                queries.consents(library, member.memberId()), steps,
                queries.disclosures(library, memberNumber, null, 1000));
    }

    /** The value a correction would store (phone in E.164, trimmed text), or a 422 naming {@code proposedValue}. */
    public String checkCorrection(CorrectableField field, String value) {
        return values.check(field, value);
    }

    /** Applies an approved correction to one field, with a history entry naming the request. */
    public void correct(Library library, String memberNumber, CorrectableField field, String value, String note) {
        String checked = values.check(field, value);
        MemberRecord member = requireLive(library, memberNumber, "CORRECT");
        Instant now = lookup.clock().instant();
        anonymiser.setField(library.id(), member.id(), field, checked, now);
        history.add(library.id(), member.id(), HistoryAction.CORRECTED, field.name() + ": " + note, null,
                CurrentStaff.accountIdOrNull(), now);
        if (field == CorrectableField.FULL_NAME) {
            MemberRecord fresh = members.find(library.id(), memberNumber).orElseThrow();
            events.cardChanged(library, fresh, fresh.status(), fresh.expiresOn(), fresh.replacedBy(), now);
        }
    }

    /**
     * Erases the member's personal data; cards and the front office learn it through {@link MemberCardChanged}, and
     * every module forgets its own copies through {@link MemberErased}, all in this transaction.
     */
    public void erase(Library library, String memberNumber, String reason) {
        MemberRecord member = requireLive(library, memberNumber, "ERASE");
        Instant now = lookup.clock().instant();
        String nik = member.nikCipher() == null ? null : identities.nik(member);
        anonymiser.anonymise(library.id(), member.id(), now);
        events.erased(library, member, nik, now);
        history.add(library.id(), member.id(), HistoryAction.ERASED, reason, null, CurrentStaff.accountIdOrNull(),
                now);
        MemberRecord erased = members.find(library.id(), memberNumber).orElseThrow();
        events.cardChanged(library, erased, MemberStatus.ERASED, erased.expiresOn(), erased.replacedBy(), now);
    }

    /** Online applications registered before the given day and still not verified (retention). */
    @Transactional(readOnly = true)
    public List<String> unverifiedOnlineBefore(LibraryId library, LocalDate day) {
        return anonymiser.unverifiedOnlineBefore(library, day);
    }

    /** The NIK disclosure log, newest first, filtered by member number and staff account when given. */
    @Transactional(readOnly = true)
    public List<PersonalData.Disclosure> disclosures(LibraryId library, String memberNumber, Long staffId,
            int limit) {
        return queries.disclosures(library, memberNumber, staffId, limit);
    }

    @Transactional(readOnly = true)
    public long countDisclosures(LibraryId library, String memberNumber, Long staffId) {
        return queries.countDisclosures(library, memberNumber, staffId);
    }

    private MemberRecord requireLive(Library library, String memberNumber, String action) {
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() == MemberStatus.ERASED) {
            throw new MemberStateException(member.status(), action);
        }
        return member;
    }
}

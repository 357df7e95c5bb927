package id.serambi.membership.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.membership.AlreadyRegisteredException;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.HomeRegion;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.OnlineRegistrationClosedException;
import id.serambi.membership.Registered;
import id.serambi.shared.security.CurrentStaff;

/** Registers members at the desk and online: validates everything first, then writes it all in one transaction. */
@Service
public class Registrations {

    static final String CONSENT_PURPOSE = "KTA_MEMBERSHIP";
    static final String CONSENT_RETENTION = "MEMBERSHIP_PLUS_24_MONTHS";

    private final ApplicationValidator validator;
    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final NumberIssuer numbers;
    private final Identities identities;
    private final PhotoProcessor photos;
    private final MemberEvents events;
    private final Clock clock;

    Registrations(ApplicationValidator validator, MemberRepository members, MemberHistoryRepository history,
            NumberIssuer numbers, Identities identities, PhotoProcessor photos, MemberEvents events,
            Clock clock) {
        this.validator = validator;
        this.members = members;
        this.history = history;
        this.numbers = numbers;
        this.identities = identities;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Registered atDesk(Library library, ApplicationDetails form, byte[] photo) {
        return register(library, form, events.procedure(library, MemberRecord.Channel.DESK), photo);
    }

    /** KTA Online: the applicant's own form, with an optional photo upload checked before anything is written. */
    @Transactional
    public Registered online(Library library, ApplicationDetails form, byte[] photo) {
        MemberEvents.Procedure procedure = events.procedure(library, MemberRecord.Channel.ONLINE);
        if (!procedure.published()) {
            throw new OnlineRegistrationClosedException(library.code());
        }
        Registered registered = register(library, form, procedure, photo);
        events.onlineApplication(library, registered.memberNumber());
        return registered;
    }

    private Registered register(Library library, ApplicationDetails form, MemberEvents.Procedure procedure,
            byte[] photo) {
        MemberRecord.Channel channel = procedure.channel();
        ValidApplication application = validator.validate(library, form, channel == MemberRecord.Channel.DESK);
        PhotoProcessor.Photo processed = photo == null || photo.length == 0 ? null : photos.process(photo);
        EncryptedIdentity identity = identities.encrypt(library.idValue(), application);
        Optional<String> holder = members.nikHolder(library.id(), identity.nikIndex());
        if (holder.isPresent()) {
            throw new AlreadyRegisteredException(channel == MemberRecord.Channel.DESK ? holder.get() : null);
        }
        List<String> warnings = new ArrayList<>(application.warnings());
        members.similar(library.id(), application.fullName(), application.birthDate(), -1)
                .forEach(number -> warnings.add("membership.warning.similar:" + number));
        ValidApplication checked = withWarnings(application, warnings);
        Instant now = clock.instant();
        String number = numbers.next(library, LocalDate.now(clock.withZone(library.timezone())));
        String token = channel == MemberRecord.Channel.ONLINE ? Tokens.newToken() : null;
        MemberRecord member = insert(library, number, channel, checked, identity, now, token);
        long id = member.id();
        history.addDocuments(library.id(), id, checked.documents());
        history.addConsent(library.id(), id, CONSENT_PURPOSE, CONSENT_RETENTION, checked.guardianName(), now);
        history.add(library.id(), id, HistoryAction.REGISTERED, null, null, CurrentStaff.accountIdOrNull(), now);
        events.cardChanged(library, member, MemberStatus.PENDING_VERIFICATION, null, null, now);
        events.reached(procedure, number, now, Checkpoint.FORM_FILLED, Checkpoint.DATA_ENTERED);
        if (!checked.documents().isEmpty()) {
            events.reached(procedure, number, now, Checkpoint.REQUIREMENTS_CHECKED);
        }
        if (processed != null) {
            storePhoto(procedure, member, processed, now);
        }
        return new Registered(number, MemberStatus.PENDING_VERIFICATION, warnings, token);
    }

    /** Numbers of live members with a similar name and the same birth date, for the desk before it saves. */
    @Transactional(readOnly = true)
    public List<String> similar(Library library, String fullName, LocalDate birthDate) {
        return fullName == null || fullName.isBlank() || birthDate == null ? List.of()
                : members.similar(library.id(), fullName.strip(), birthDate, -1);
    }

    /** The warnings staff should look at for a member (similar names, retired region codes). */
    @Transactional(readOnly = true)
    public List<String> warnings(Library library, String memberNumber) {
        return members.find(library.id(), memberNumber).map(MemberRecord::warnings).orElse(List.of());
    }

    /** Where the member lives, as the three codes of the official list. */
    @Transactional(readOnly = true)
    public HomeRegion homeRegion(Library library, String memberNumber) {
        return members.find(library.id(), memberNumber).map(MemberRecord::home).orElse(HomeRegion.NONE);
    }

    void storePhoto(Library library, MemberRecord member, PhotoProcessor.Photo photo, Instant now) {
        storePhoto(events.procedure(library, member.channel()), member, photo, now);
    }

    private void storePhoto(MemberEvents.Procedure procedure, MemberRecord member, PhotoProcessor.Photo photo,
            Instant now) {
        Library library = procedure.library();
        members.savePhoto(library.id(), member.id(), photo.jpeg(), photo.width(), photo.height(), now);
        Long staff = CurrentStaff.accountIdOrNull();
        history.add(library.id(), member.id(), HistoryAction.PHOTO, null, null, staff, now);
        events.reached(procedure, member.memberNumber(), now,
                staff == null ? Checkpoint.PHOTO_UPLOADED : Checkpoint.PHOTO_TAKEN);
    }

    private MemberRecord insert(Library library, String number, MemberRecord.Channel channel,
            ValidApplication application, EncryptedIdentity identity, Instant now, String token) {
        try {
            return members.insert(library.id(), number, channel, application, identity,
                    LocalDate.ofInstant(now, library.timezone()), null, token == null ? null : Tokens.hash(token));
        } catch (DuplicateKeyException raced) {
            if (String.valueOf(raced.getMessage()).contains("member_nik_live")) {
                throw new AlreadyRegisteredException();
            }
            throw raced;
        }
    }

    static ValidApplication withWarnings(ValidApplication a, List<String> warnings) {
        return new ValidApplication(a.fullName(), a.nik(), a.birthPlace(), a.birthDate(), a.sex(), a.address(),
                a.home(), a.motherMaidenName(), a.phoneE164(), a.email(), a.category(), a.institution(),
                a.institutionRegion(), a.guardianName(), a.minor(), a.documents(), List.copyOf(warnings));
    }
}

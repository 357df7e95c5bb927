package id.serambi.membership.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.ApplicantStatus;
import id.serambi.membership.ApplicationDetails;
import id.serambi.membership.MemberPhoto;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.RevisionLinkUnknownException;
import id.serambi.membership.RevisionNotRequestedException;

/**
 * What an online applicant sees through their private link: the status, the staff's last revision note, their photo,
 * and (while a revision is asked for) the correction with a new photo. Never the stored NIK or mother's name.
 */
@Service
public class ApplicantFollowUp {

    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final Verifications verifications;
    private final PhotoProcessor photos;
    private final Registrations registrations;
    private final MemberLookup lookup;

    ApplicantFollowUp(MemberRepository members, MemberHistoryRepository history, Verifications verifications,
            PhotoProcessor photos, Registrations registrations, MemberLookup lookup) {
        this.members = members;
        this.history = history;
        this.verifications = verifications;
        this.photos = photos;
        this.registrations = registrations;
        this.lookup = lookup;
    }

    @Transactional(readOnly = true)
    public ApplicantStatus status(Library library, String token) {
        MemberRecord member = require(library, token);
        List<MemberHistoryRepository.Entry> entries = history.history(library.id(), member.id());
        String note = entries.stream().filter(e -> HistoryAction.REVISION_REQUESTED.name().equals(e.action()))
                .reduce((first, second) -> second).map(MemberHistoryRepository.Entry::note).orElse(null);
        return new ApplicantStatus(member.memberNumber(), member.status(), note);
    }

    /** The form to correct, filled with what the applicant sent before except the NIK and mother's maiden name. */
    @Transactional(readOnly = true)
    public ApplicationDetails prefill(Library library, String token) {
        return Verifications.correctionForm(require(library, token));
    }

    /** The applicant's photo as stored, for their own page. */
    @Transactional(readOnly = true)
    public Optional<MemberPhoto> photo(Library library, String token) {
        return members.photo(library.id(), require(library, token).memberNumber()).map(MemberPhoto::new);
    }

    /** The data and, when given, a new photo: the photo is checked first, and both are written or neither. */
    @Transactional
    public MemberStatus correct(Library library, String token, ApplicationDetails form, byte[] photo) {
        PhotoProcessor.Photo processed = photo == null ? null : photos.process(photo);
        MemberRecord member = require(library, token);
        MemberStatus status = verifications.correctByApplicant(library, member, form);
        if (processed != null) {
            registrations.storePhoto(library, member, processed, lookup.clock().instant());
        }
        return status;
    }

    /** A new photo alone, while a revision is asked for; the status stays until the data is sent. */
    @Transactional
    public void storePhoto(Library library, String token, byte[] photo) {
        PhotoProcessor.Photo processed = photos.process(photo);
        MemberRecord member = lookup.lock(library, require(library, token).memberNumber());
        if (member.status() != MemberStatus.REVISION_REQUESTED) {
            throw new RevisionNotRequestedException(member.status());
        }
        registrations.storePhoto(library, member, processed, lookup.clock().instant());
    }

    private MemberRecord require(Library library, String token) {
        return members.findByRevisionToken(library.id(), Tokens.hash(token))
                .orElseThrow(RevisionLinkUnknownException::new);
    }
}

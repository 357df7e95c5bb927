package id.serambi.membership.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberStateException;
import id.serambi.shared.InvalidInputException;
import id.serambi.shared.security.CurrentStaff;

/** A member's photo upload and the audited full view of the NIK. */
@Service
public class MemberFiles {

    private final MemberLookup lookup;
    private final PhotoProcessor photos;
    private final Registrations registrations;
    private final MemberHistoryRepository history;
    private final Identities identities;

    MemberFiles(MemberLookup lookup, PhotoProcessor photos, Registrations registrations,
            MemberHistoryRepository history, Identities identities) {
        this.lookup = lookup;
        this.photos = photos;
        this.registrations = registrations;
        this.history = history;
        this.identities = identities;
    }

    @Transactional
    public void uploadPhoto(Library library, String memberNumber, byte[] upload) {
        PhotoProcessor.Photo photo = photos.process(upload);
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() == MemberStatus.REPLACED || member.status() == MemberStatus.DEACTIVATED
                || member.status() == MemberStatus.ERASED) {
            throw new MemberStateException(member.status(), "PHOTO");
        }
        registrations.storePhoto(library, member, photo, lookup.clock().instant());
    }

    /** The full NIK for a staff member whose role allows it; each view is written to the audit log with its reason. */
    @Transactional
    public String disclose(Library library, String memberNumber, String reason) {
        String text = ApplicationValidator.blankToNull(reason);
        if (text == null || text.length() > 300) {
            throw InvalidInputException.of("reason", text == null ? "validation.required" : "validation.tooLong",
                    300);
        }
        MemberRecord member = lookup.lock(library, memberNumber);
        if (member.status() == MemberStatus.ERASED) {
            throw new MemberStateException(member.status(), "DISCLOSE");
        }
        Instant now = lookup.clock().instant();
        history.addDisclosure(library.id(), member.id(), CurrentStaff.accountIdOrNull(), text, now);
        return identities.nik(member);
    }
}

package id.serambi.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;

import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.internal.ApplicantFollowUp;
import id.serambi.membership.internal.HoursText;
import id.serambi.membership.internal.Lifecycle;
import id.serambi.membership.internal.MemberFiles;
import id.serambi.membership.internal.MembershipSettings;
import id.serambi.membership.internal.NumberIssuer;
import id.serambi.membership.internal.PhotoProcessor;
import id.serambi.membership.internal.Registrations;
import id.serambi.membership.internal.Verifications;

/**
 * Membership's use cases: registration at the desk and online, verification, correction, photo, renewal,
 * replacement, deactivation, the audited NIK view and the library's settings. Each takes the library first and an
 * immutable command; {@link MembershipService} answers the questions about members.
 */
@Service
public class Memberships {

    private final Registrations registrations;
    private final Verifications verifications;
    private final Lifecycle lifecycle;
    private final MemberFiles files;
    private final ApplicantFollowUp followUp;
    private final NumberIssuer numbers;
    private final HoursText hours;
    private final PhotoProcessor photos;

    Memberships(Registrations registrations, Verifications verifications, Lifecycle lifecycle, MemberFiles files,
            ApplicantFollowUp followUp, NumberIssuer numbers, HoursText hours, PhotoProcessor photos) {
        this.photos = photos;
        this.registrations = registrations;
        this.verifications = verifications;
        this.lifecycle = lifecycle;
        this.files = files;
        this.followUp = followUp;
        this.numbers = numbers;
        this.hours = hours;
    }

    /** Staff register a member at the desk, with the documents seen. */
    public Registered registerAtDesk(Library library, RegisterMember command) {
        return registrations.atDesk(library, command.application(), command.photo());
    }

    /** KTA Online: the applicant registers; refused where the library does not publish the service. */
    public Registered registerOnline(Library library, RegisterMember command) {
        return registrations.online(library, command.application(), command.photo());
    }

    /** Approves (with the verifier's paraf) or sends back for revision. */
    public MemberStatus verify(Library library, VerifyApplication command) {
        return verifications.decide(library, command.memberNumber(), command.decision(), command.note());
    }

    /** Staff correct the data; the application goes back to verification. */
    public MemberStatus correct(Library library, CorrectApplication command) {
        return verifications.correct(library, command.memberNumber(), command.application());
    }

    /** What a staff correction starts from: the member's data except the NIK and mother's maiden name. */
    public ApplicationDetails correctionForm(Library library, String memberNumber) {
        return verifications.correctionForm(library, memberNumber);
    }

    /** The applicant's view of their registration through the private link. */
    public ApplicantStatus applicantStatus(Library library, String revisionToken) {
        return followUp.status(library, revisionToken);
    }

    /** What the applicant's correction starts from, except the NIK and mother's maiden name. */
    public ApplicationDetails applicantForm(Library library, String revisionToken) {
        return followUp.prefill(library, revisionToken);
    }

    /** The applicant's correction through the private link, with a new photo when one is given. */
    public MemberStatus correctOwnApplication(Library library, CorrectOwnApplication command) {
        return followUp.correct(library, command.revisionToken(), command.application(), command.photo());
    }

    /** The applicant's new photo through the private link, while a revision is asked for. */
    public void storeOwnPhoto(Library library, StoreOwnPhoto command) {
        followUp.storePhoto(library, command.revisionToken(), command.photo());
    }

    /** The applicant's photo as stored, shown on their private page. */
    public Optional<MemberPhoto> applicantPhoto(Library library, String revisionToken) {
        return followUp.photo(library, revisionToken);
    }

    /**
     * A photo checked and cut as the card takes it (JPEG), for a form to keep while its other fields are corrected;
     * refused like any photo upload.
     */
    public MemberPhoto portrait(byte[] upload) {
        return new MemberPhoto(photos.process(upload).jpeg());
    }

    public void storePhoto(Library library, StorePhoto command) {
        files.uploadPhoto(library, command.memberNumber(), command.photo());
    }

    /** The new expiry date. */
    public LocalDate renew(Library library, RenewCard command) {
        return lifecycle.renew(library, command.memberNumber());
    }

    /** The new member number; the old one is blocked for good. */
    public String replace(Library library, ReplaceCard command) {
        return lifecycle.replace(library, command.memberNumber(), command.reason(), command.documents());
    }

    public void deactivate(Library library, DeactivateMember command) {
        lifecycle.deactivate(library, command.memberNumber(), command.reason());
    }

    /** The full NIK; the view is written to the audit log with its reason. */
    public String discloseNik(Library library, DiscloseNik command) {
        return files.disclose(library, command.memberNumber(), command.reason());
    }

    /** The warnings staff should look at for a member, as message keys ({@code key} or {@code key:argument}). */
    public List<String> warnings(Library library, String memberNumber) {
        return registrations.warnings(library, memberNumber);
    }

    /** Live members with a similar name and the same birth date: the desk looks before it registers. */
    public List<String> similarMembers(Library library, String fullName, LocalDate birthDate) {
        return registrations.similar(library, fullName, birthDate);
    }

    public HomeRegion homeRegion(Library library, String memberNumber) {
        return registrations.homeRegion(library, memberNumber);
    }

    /** The library's weekly service hours as lines for an applicant, in their language. */
    public List<String> serviceHours(LibraryId library, Locale language) {
        return hours.lines(library, language);
    }

    public MembershipSettingsView settings(Library library) {
        return view(numbers.settings(library));
    }

    public MembershipSettingsView changeSettings(Library library, ChangeMembershipSettings command) {
        return view(numbers.change(library, command.numberPattern(), command.renewalFrom()));
    }

    private static MembershipSettingsView view(MembershipSettings settings) {
        return new MembershipSettingsView(settings.pattern().pattern(), settings.renewalFrom().name());
    }
}

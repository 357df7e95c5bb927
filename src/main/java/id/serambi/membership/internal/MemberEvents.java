package id.serambi.membership.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.cases.ServiceRoutes;
import id.serambi.cases.StepReached;
import id.serambi.cases.SubjectKind;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ServiceKind;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberErased;
import id.serambi.membership.MemberStatus;
import id.serambi.shared.security.CurrentStaff;

/** Publishes, inside the use case's transaction, what other modules learn of a member. */
@Component
public class MemberEvents {

    private final ApplicationEventPublisher publisher;
    private final LibraryService libraries;

    MemberEvents(ApplicationEventPublisher publisher, LibraryService libraries) {
        this.publisher = publisher;
        this.libraries = libraries;
    }

    public void cardChanged(Library library, MemberRecord member, MemberStatus status, java.time.LocalDate expiresOn,
            String replacedBy, Instant at) {
        publisher.publishEvent(new MemberCardChanged(library.id(), member.id(), member.memberNumber(),
                member.fullName(), member.categoryCode(), status, expiresOn, replacedBy, at));
    }

    /** The member's former name, contacts and NIK, for the modules to forget in this transaction. */
    public void erased(Library library, MemberRecord former, String formerNik, Instant at) {
        String phone = former.phoneE164();
        String dialled = phone != null && phone.startsWith("+62") ? "0" + phone.substring(3) : null;
        publisher.publishEvent(new MemberErased(library.id(), former.memberNumber(), former.fullName(),
                java.util.Arrays.asList(phone, dialled, former.email()), formerNik, at));
    }

    /** A KTA Online application to confirm by e-mail after commit, in the language the applicant used. */
    public void onlineApplication(Library library, String memberNumber) {
        String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        publisher.publishEvent(new OnlineApplicationReceived(library.id(), memberNumber,
                "en".equals(language) ? "en" : "id"));
    }

    /** The member's service as the library publishes it, or not (KTA Online is offered only where it is). */
    public Procedure procedure(Library library, MemberRecord.Channel channel) {
        ServiceKind kind = ServiceRoutes.kindOf(SubjectKind.MEMBER, channel.name());
        return new Procedure(library, channel, libraries.standardOfKind(library.id(), kind).isPresent());
    }

    /** The member's case reached these steps; the cases module decides which of them its procedure has. */
    public void reached(Library library, MemberRecord.Channel channel, String memberNumber, Instant at,
            Checkpoint... checkpoints) {
        for (Checkpoint checkpoint : checkpoints) {
            publisher.publishEvent(new StepReached(library.id(), SubjectKind.MEMBER, memberNumber, channel.name(),
                    checkpoint, at, CurrentStaff.accountIdOrNull()));
        }
    }

    public void reached(Procedure procedure, String memberNumber, Instant at, Checkpoint... checkpoints) {
        reached(procedure.library(), procedure.channel(), memberNumber, at, checkpoints);
    }

    /** A member's service: the channel the member came through, and whether the library publishes it. */
    public record Procedure(Library library, MemberRecord.Channel channel, boolean published) {
    }
}

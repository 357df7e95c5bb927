package id.serambi.membership.internal;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;
import id.serambi.libraries.CheckpointReached;
import id.serambi.libraries.LibraryService;
import id.serambi.libraries.ProcedureStep;
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

    /**
     * The library's procedure for the member's service, read once for a use case that reaches several of its
     * checkpoints.
     */
    public Procedure procedure(Library library, MemberRecord.Channel channel) {
        ServiceKind kind = kindOf(channel);
        return libraries.standardOfKind(library.id(), kind)
                .map(standard -> new Procedure(library, channel, kind, true, standard.steps().stream()
                        .map(ProcedureStep::checkpoint).filter(java.util.Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet())))
                .orElseGet(() -> new Procedure(library, channel, kind, false, Set.of()));
    }

    /**
     * Time-stamps those of the given moments that are steps of the library's procedure for the member's service;
     * a moment the library's procedure does not have is not recorded.
     */
    public void reached(Library library, MemberRecord.Channel channel, String memberNumber, Instant at,
            Checkpoint... checkpoints) {
        reached(procedure(library, channel), memberNumber, at, checkpoints);
    }

    public void reached(Procedure procedure, String memberNumber, Instant at, Checkpoint... checkpoints) {
        for (Checkpoint checkpoint : checkpoints) {
            if (procedure.checkpoints().contains(checkpoint)) {
                publisher.publishEvent(new CheckpointReached(procedure.library().id(), procedure.kind(), memberNumber,
                        checkpoint, at, CurrentStaff.accountIdOrNull()));
            }
        }
    }

    /** A service's procedure as the library publishes it: whether it does, and the checkpoints among its steps. */
    public record Procedure(Library library, MemberRecord.Channel channel, ServiceKind kind, boolean published,
            Set<Checkpoint> checkpoints) {
    }

    static ServiceKind kindOf(MemberRecord.Channel channel) {
        return switch (channel) {
            case DESK -> ServiceKind.KTA_DESK;
            case ONLINE -> ServiceKind.KTA_ONLINE;
            case REPLACEMENT -> ServiceKind.KTA_REPLACEMENT;
        };
    }
}

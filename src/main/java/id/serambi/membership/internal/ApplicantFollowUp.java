package id.serambi.membership.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberNotFoundException;
import id.serambi.membership.MemberStatus;

/**
 * What an online applicant sees through their private link: the status, the staff's last revision note, and (while
 * a revision is asked for) the correction. Never the stored personal data.
 */
@Service
public class ApplicantFollowUp {

    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final Verifications verifications;

    ApplicantFollowUp(MemberRepository members, MemberHistoryRepository history, Verifications verifications) {
        this.members = members;
        this.history = history;
        this.verifications = verifications;
    }

    /** The applicant's view of their registration. */
    public record Status(String memberNumber, MemberStatus status, String revisionNote) {

        public boolean correctable() {
            return status == MemberStatus.REVISION_REQUESTED;
        }
    }

    @Transactional(readOnly = true)
    public Status status(Library library, String token) {
        MemberRecord member = require(library, token);
        List<MemberHistoryRepository.Entry> entries = history.history(library.id(), member.id());
        String note = entries.stream().filter(e -> HistoryAction.REVISION_REQUESTED.name().equals(e.action()))
                .reduce((first, second) -> second).map(MemberHistoryRepository.Entry::note).orElse(null);
        return new Status(member.memberNumber(), member.status(), note);
    }

    /** The form to correct, filled with what the applicant sent before except the NIK and mother's maiden name. */
    @Transactional(readOnly = true)
    public Application prefill(Library library, String token) {
        MemberRecord member = require(library, token);
        return Application.of(member);
    }

    @Transactional
    public MemberStatus correct(Library library, String token, Application form) {
        return verifications.correctByApplicant(library, token, form);
    }

    private MemberRecord require(Library library, String token) {
        return members.findByRevisionToken(library.id(), Tokens.hash(token))
                .orElseThrow(() -> MemberNotFoundException.forNumber("-"));
    }
}

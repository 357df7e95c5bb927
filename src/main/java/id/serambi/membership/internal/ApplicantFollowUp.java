package id.serambi.membership.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.Library;
import id.serambi.membership.ApplicantStatus;
import id.serambi.membership.ApplicationDetails;
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

    @Transactional
    public MemberStatus correct(Library library, String token, ApplicationDetails form) {
        return verifications.correctByApplicant(library, token, form);
    }

    private MemberRecord require(Library library, String token) {
        return members.findByRevisionToken(library.id(), Tokens.hash(token))
                .orElseThrow(() -> MemberNotFoundException.forNumber("-"));
    }
}

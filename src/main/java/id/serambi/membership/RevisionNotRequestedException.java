package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/**
 * The applicant's correction through the private link while no revision is asked for: already sent (the link is
 * used until staff ask again), approved or closed (409 REVISION_NOT_REQUESTED).
 */
public class RevisionNotRequestedException extends DomainException {

    public RevisionNotRequestedException(MemberStatus status) {
        super(HttpStatus.CONFLICT, "REVISION_NOT_REQUESTED", "membership.error.revisionNotRequested",
                status.name());
    }
}

package id.serambi.complaints;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The workflow does not lead from the complaint's status to the one asked for (409 TRANSITION_NOT_ALLOWED). */
public class TransitionNotAllowedException extends DomainException {

    public TransitionNotAllowedException(ComplaintStatus from, ComplaintStatus to) {
        super(HttpStatus.CONFLICT, "TRANSITION_NOT_ALLOWED", "complaints.error.transition", from.name(), to.name());
    }
}

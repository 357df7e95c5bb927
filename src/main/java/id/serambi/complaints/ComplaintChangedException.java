package id.serambi.complaints;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The complaint left the status a transition was decided on before it could be written (409 COMPLAINT_CHANGED). */
public class ComplaintChangedException extends DomainException {

    public ComplaintChangedException(ComplaintStatus readAs) {
        super(HttpStatus.CONFLICT, "COMPLAINT_CHANGED", "complaints.error.changed", readAs.name());
    }
}

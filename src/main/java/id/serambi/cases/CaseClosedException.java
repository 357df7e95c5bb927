package id.serambi.cases;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The case is closed (its procedure is done, or its ticket was skipped): nothing more can be done on it (409). */
public class CaseClosedException extends DomainException {

    public CaseClosedException(String queueNumber) {
        super(HttpStatus.CONFLICT, "CASE_CLOSED", "case.error.closed", queueNumber == null ? "" : queueNumber);
    }
}

package id.serambi.membership.web;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/**
 * The public form's hidden field (invisible to people, filled in by form-filling robots) was filled in: nothing is
 * registered, without any outside CAPTCHA service.
 */
class AutomatedSubmissionException extends DomainException {

    AutomatedSubmissionException() {
        super(HttpStatus.BAD_REQUEST, "AUTOMATED_SUBMISSION", "membership.error.automated");
    }
}

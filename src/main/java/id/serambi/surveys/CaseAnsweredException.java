package id.serambi.surveys;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;

/** The questionnaire of this case (its ticket's QR code) was answered already: one answer per case (409). */
public class CaseAnsweredException extends DomainException {

    public CaseAnsweredException() {
        super(HttpStatus.CONFLICT, "SURVEY_CASE_ANSWERED", "surveys.error.caseAnswered");
    }
}

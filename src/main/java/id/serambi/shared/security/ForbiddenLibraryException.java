package id.serambi.shared.security;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.ProblemCodes;

/** A staff member asked for another library's data (403 FORBIDDEN_LIBRARY). */
public class ForbiddenLibraryException extends DomainException {

    public ForbiddenLibraryException(String libraryCode) {
        super(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN_LIBRARY, "error.forbiddenLibrary", libraryCode);
    }
}

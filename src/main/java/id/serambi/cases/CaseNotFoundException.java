package id.serambi.cases;

import id.serambi.shared.NotFoundException;

/** The library has no case with that id (404). */
public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(Object what) {
        super("case.error.notFound", what);
    }
}

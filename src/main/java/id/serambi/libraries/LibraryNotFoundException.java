package id.serambi.libraries;

import id.serambi.shared.NotFoundException;

/** No library has that code (404). */
public class LibraryNotFoundException extends NotFoundException {

    private LibraryNotFoundException(String code) {
        super("error.library.notFound", code);
    }

    public static LibraryNotFoundException forCode(String code) {
        return new LibraryNotFoundException(code);
    }
}

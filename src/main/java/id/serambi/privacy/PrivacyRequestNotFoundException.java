package id.serambi.privacy;

import id.serambi.shared.NotFoundException;

/** No request with this number in the library (404). */
public class PrivacyRequestNotFoundException extends NotFoundException {

    public PrivacyRequestNotFoundException(long id) {
        super("privacy.error.requestNotFound", id);
    }
}

package id.serambi.accounts;

import id.serambi.shared.NotFoundException;

/** No staff account with that id (404). */
public class StaffNotFoundException extends NotFoundException {

    private StaffNotFoundException(long id) {
        super("error.staff.notFound", id);
    }

    public static StaffNotFoundException forId(long id) {
        return new StaffNotFoundException(id);
    }
}

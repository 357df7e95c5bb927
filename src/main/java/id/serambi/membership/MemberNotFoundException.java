package id.serambi.membership;

import id.serambi.shared.NotFoundException;

/** No member with that number in this library (404). */
public class MemberNotFoundException extends NotFoundException {

    private MemberNotFoundException(String number) {
        super("membership.error.notFound", number);
    }

    public static MemberNotFoundException forNumber(String number) {
        return new MemberNotFoundException(number);
    }
}

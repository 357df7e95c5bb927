package id.serambi.membership;

import id.serambi.shared.NotFoundException;

/** No registration has this private link in this library (404 NOT_FOUND); a link never names the member. */
public class RevisionLinkUnknownException extends NotFoundException {

    public RevisionLinkUnknownException() {
        super("membership.error.linkUnknown");
    }
}

package id.serambi.complaints;

import id.serambi.shared.NotFoundException;

/** No complaint has that tracking code (404 NOT_FOUND). */
public class ComplaintNotFoundException extends NotFoundException {

    private ComplaintNotFoundException(String code) {
        super("complaints.error.notFound", code);
    }

    public static ComplaintNotFoundException forCode(String code) {
        return new ComplaintNotFoundException(code);
    }
}

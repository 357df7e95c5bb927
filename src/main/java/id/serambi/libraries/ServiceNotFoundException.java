package id.serambi.libraries;

import id.serambi.shared.NotFoundException;

/** The library publishes no service with that code (404). */
public class ServiceNotFoundException extends NotFoundException {

    private ServiceNotFoundException(String code) {
        super("error.service.notFound", code);
    }

    public static ServiceNotFoundException forCode(String code) {
        return new ServiceNotFoundException(code);
    }
}

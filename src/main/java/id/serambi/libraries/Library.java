package id.serambi.libraries;

import java.time.ZoneId;
import java.util.List;

/** A library agency served by this deployment. */
public record Library(LibraryId id, String code, String name, String agency, String address, String postalCode,
        String phone, String email, String website, String regionCode, ZoneId timezone,
        List<DocumentType> replacementDocuments) {

    public int idValue() {
        return id.value();
    }
}

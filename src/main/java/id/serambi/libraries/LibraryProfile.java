package id.serambi.libraries;

import java.util.List;

import id.serambi.shared.MultiLine;

/** What the library's own staff may change about it; the time zone is an IANA id such as {@code Asia/Jakarta}. */
public record LibraryProfile(String name, String agency, @MultiLine String address, String postalCode, String phone,
        String email, String website, String timezone) {

    /** Indonesia's four time zones: WIB, WIB of West and Central Kalimantan, WITA, WIT. */
    public static final List<String> INDONESIAN_ZONES =
            List.of("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura");

    public static LibraryProfile of(Library library) {
        return new LibraryProfile(library.name(), library.agency(), library.address(), library.postalCode(),
                library.phone(), library.email(), library.website(), library.timezone().getId());
    }
}

package id.serambi.frontoffice.internal;

import java.time.Instant;

import id.serambi.libraries.Library;

/** One card scan as asked for, cleaned: the member number as typed, purpose and room codes upper case or null. */
record ScanRequest(Library library, String memberNumber, String purpose, String location, Instant at,
        Long staffAccountId) {

    /** The key that may appear only once in a batch written by one statement. */
    String key() {
        return library.idValue() + "/" + memberNumber;
    }
}

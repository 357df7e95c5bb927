package id.serambi.complaints;

import id.serambi.libraries.LibraryId;

/** A complaint was received; carries no personal data (listeners read what they need). */
public record ComplaintFiled(LibraryId library, String trackingCode) {
}

package id.serambi.membership.internal;

import id.serambi.libraries.LibraryId;

/** A KTA Online application was stored; {@code language} is the applicant's (BCP 47 tag) for the confirmation. */
public record OnlineApplicationReceived(LibraryId library, String memberNumber, String language) {
}

package id.serambi.membership.web;

import id.serambi.libraries.Library;

/** The applicant's private page to follow and correct an online registration. */
final class RevisionLinks {

    private RevisionLinks() {
    }

    static String path(Library library, String token) {
        return token == null ? null : "/l/" + library.code() + "/daftar/" + token;
    }
}

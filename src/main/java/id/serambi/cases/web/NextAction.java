package id.serambi.cases.web;

import org.springframework.web.util.UriComponentsBuilder;

import id.serambi.cases.CaseView;
import id.serambi.libraries.Checkpoint;
import id.serambi.libraries.Library;

/**
 * The page where the case's current step happens, carrying the member number and the case id along (the case in
 * hand joins what is done there to the case).
 *
 * @param label message key of the button
 * @param href the page, with {@code caseId} (and {@code member} when the case has one)
 */
record NextAction(String label, String href) {

    static NextAction of(Library library, CaseView view, Checkpoint checkpoint) {
        String member = view.memberNumber();
        String lib = library.code();
        return switch (checkpoint) {
            case REQUIREMENTS_CHECKED, FORM_FILLED, DATA_ENTERED -> member == null
                    ? link("cases.action.register", "/app/{lib}/members/new", lib, view, null)
                    : memberPage("cases.action.member", lib, view);
            case DATA_VERIFIED, DATA_REVISED -> memberOnly("cases.action.verify", lib, view);
            case PHOTO_TAKEN, PHOTO_UPLOADED -> memberOnly("cases.action.photo", lib, view);
            case CARD_REQUESTED, CARD_PRINTED -> cards("cases.action.print", "/app/{lib}/cards", lib, view);
            case CARD_LAMINATED -> cards("cases.action.laminate", "/app/{lib}/cards", lib, view);
            case CARD_HANDED_OVER, RECEIPT_SIGNED, FIRST_VISIT_SCANNED ->
                    cards("cases.action.handover", "/app/{lib}/cards/handover", lib, view);
            case GUEST_BOOK_SIGNED -> link("cases.action.guestbook", "/app/{lib}/guestbook", lib, view, member);
            case INTERNET_SESSION_ENDED, WORKSTATION_TIDIED ->
                    link("cases.action.internet", "/app/{lib}/internet", lib, view, member);
            case COMPLAINT_RECORDED -> link("cases.action.complaint", "/app/{lib}/complaints/new", lib, view, member);
            case COMPLAINT_FORWARDED, COMPLAINT_ANSWERED, COMPLAINT_RESOLUTION_RETURNED, COMPLAINT_RESOLVED ->
                    link("cases.action.complaints", "/app/{lib}/complaints", lib, view, null);
        };
    }

    private static NextAction memberOnly(String label, String lib, CaseView view) {
        return view.memberNumber() == null ? link("cases.action.register", "/app/{lib}/members/new", lib, view, null)
                : memberPage(label, lib, view);
    }

    private static NextAction memberPage(String label, String lib, CaseView view) {
        String path = UriComponentsBuilder.fromPath("/app/{lib}/members/{n}").queryParam("caseId", view.caseId())
                .buildAndExpand(lib, view.memberNumber()).encode().toUriString();
        return new NextAction(label, path);
    }

    /** The card pages take the member as {@code member} (and the hand-over also as {@code memberNumber}). */
    private static NextAction cards(String label, String path, String lib, CaseView view) {
        if (view.memberNumber() == null) {
            return link("cases.action.register", "/app/{lib}/members/new", lib, view, null);
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("member", view.memberNumber());
        if (path.endsWith("/handover")) {
            uri.queryParam("memberNumber", view.memberNumber());
        }
        return new NextAction(label, uri.queryParam("caseId", view.caseId()).buildAndExpand(lib).encode()
                .toUriString());
    }

    private static NextAction link(String label, String path, String lib, CaseView view, String member) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (member != null) {
            uri.queryParam("member", member);
        }
        return new NextAction(label, uri.queryParam("caseId", view.caseId()).buildAndExpand(lib).encode()
                .toUriString());
    }
}

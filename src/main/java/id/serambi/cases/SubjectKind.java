package id.serambi.cases;

/** What a case is about, as the publishing module names it: the subject's reference is its number or code there. */
public enum SubjectKind {
    /** A member, by member number (card services). */
    MEMBER,
    /** An internet-room session, by session id. */
    INTERNET_SESSION,
    /** A complaint, by tracking code. */
    COMPLAINT,
    /** A queue ticket, by its day and number ("2026-12-08 A-001"): the case of someone who has just arrived. */
    TICKET,
    /** A guest-book entry, by its id: it joins only the case it was made for. */
    VISIT
}

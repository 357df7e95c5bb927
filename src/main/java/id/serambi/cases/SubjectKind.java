package id.serambi.cases;

/** What a case is about, as the publishing module names it: the subject's reference is its number or code there. */
public enum SubjectKind {
    /** A member, by member number (card services). */
    MEMBER,
    /** An internet-room session, by session id. */
    INTERNET_SESSION,
    /** A complaint, by tracking code. */
    COMPLAINT
}

package id.serambi.libraries;

/** Which of Serambi's processes carries out a service, so that its real times can be measured. */
public enum ServiceKind {
    /** Membership card made at the desk. */
    KTA_DESK,
    /** Membership applied for online (KTA Online), card collected at the desk. */
    KTA_ONLINE,
    /** Replacement of a lost or damaged card. */
    KTA_REPLACEMENT,
    /** Free-internet room. */
    INTERNET,
    /** The complaint procedure itself. */
    COMPLAINT,
    /** A published service Serambi does not run. */
    OTHER
}

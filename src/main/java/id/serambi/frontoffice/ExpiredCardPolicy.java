package id.serambi.frontoffice;

/** What the guest book does with an expired card: refuse the scan, or record the visit with a warning. */
public enum ExpiredCardPolicy {
    REFUSE, WARN
}

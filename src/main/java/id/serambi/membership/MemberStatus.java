package id.serambi.membership;

/** Where a member's application and card stand. */
public enum MemberStatus {
    /** Registered (desk or online), waiting for staff to check the data. */
    PENDING_VERIFICATION,
    /** Sent back with a note; the applicant or staff corrects it. */
    REVISION_REQUESTED,
    /** Checked and approved: a card may be printed and the member served. */
    APPROVED,
    /** The card was replaced (lost or damaged); this number is blocked for good. */
    REPLACED,
    /** Deactivated by staff. */
    DEACTIVATED,
    /** Personal data erased (UU PDP): the row stays for statistics, the number is blocked for good. */
    ERASED
}

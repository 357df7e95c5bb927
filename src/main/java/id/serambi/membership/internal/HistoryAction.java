package id.serambi.membership.internal;

/** What happened to a member, as kept in its history. */
public enum HistoryAction {
    REGISTERED, PHOTO, APPROVED, REVISION_REQUESTED, CORRECTED, RENEWED, REPLACED, DEACTIVATED, ERASED
}

package id.serambi.libraries;

/**
 * Moments Serambi records by itself while a case runs. A procedure step mapped to a checkpoint is time-stamped
 * when that moment happens; a step with none is ticked by staff.
 */
public enum Checkpoint {
    REQUIREMENTS_CHECKED,
    FORM_FILLED,
    DATA_ENTERED,
    DATA_VERIFIED,
    DATA_REVISED,
    PHOTO_TAKEN,
    PHOTO_UPLOADED,
    CARD_REQUESTED,
    CARD_PRINTED,
    CARD_LAMINATED,
    CARD_HANDED_OVER,
    RECEIPT_SIGNED,
    FIRST_VISIT_SCANNED,
    GUEST_BOOK_SIGNED,
    INTERNET_SESSION_ENDED,
    WORKSTATION_TIDIED,
    COMPLAINT_RECORDED,
    COMPLAINT_FORWARDED,
    COMPLAINT_ANSWERED,
    COMPLAINT_RESOLUTION_RETURNED,
    COMPLAINT_RESOLVED
}

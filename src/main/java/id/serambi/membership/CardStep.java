package id.serambi.membership;

/** A step of a member's card at the desk, after approval: printed, cut and laminated, handed over. */
public enum CardStep {
    PRINT,
    LAMINATE,
    HAND_OVER
}

package id.serambi.frontoffice;

/** The guest book's membership column (seed 004): a member with a card, a non-member, or a group. */
public enum VisitorType {
    MEMBER, NON_MEMBER, GROUP
}

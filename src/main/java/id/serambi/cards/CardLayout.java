package id.serambi.cards;

/** How a library's card front is arranged. */
public enum CardLayout {
    /** Landscape: colour band with logo and name across the top, photo left, details right. */
    KLASIK,
    /** Landscape: colour column on the left holding logo and photo, details on white. */
    MODERN,
    /** Portrait: band on top, photo centred, details below. */
    VERTIKAL;

    public boolean portrait() {
        return this == VERTIKAL;
    }
}

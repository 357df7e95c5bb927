package id.serambi.cards.internal.render;

/** ISO/IEC 7810 ID-1 (CR80), the size of a bank card, in millimetres. */
final class CardSize {

    static final float LONG = 85.60f;
    static final float SHORT = 53.98f;

    private CardSize() {
    }
}

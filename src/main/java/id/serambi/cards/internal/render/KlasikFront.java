package id.serambi.cards.internal.render;

import java.awt.Color;

/** Colour band with logo and library name across the top; photo left; details right; barcode along the bottom. */
final class KlasikFront extends FrontLayout {

    private static final float W = CardSize.LONG;
    private static final float H = CardSize.SHORT;
    private static final float BAND = 14f;
    private static final float QR = 14.5f;

    @Override
    void base(Pen pen, CardStyle style) {
        pen.fill(style.primary(), 0, H - BAND, W, BAND);
        pen.fill(style.primaryDark(), 0, H - BAND - 0.7f, W, 0.7f);
        Marks.emblem(pen, style, 3.5f, H - BAND + 2f, BAND - 4f);
        float textX = BAND + 1.5f;
        pen.fitted(CardFonts.BOLD, 7f, 5f, Color.WHITE, style.labels().title(), textX, H - 4.6f, W - textX - 3, LEFT);
        libraryName(pen, style.library().name(), textX, H - 9.4f, W - textX - 3, 5.6f, LEFT);
    }

    @Override
    void member(Pen pen, CardStyle style, CardData card) {
        float top = H - BAND - 2.6f;
        Marks.photo(pen, card, 4f, 13f, 18.5f, top - 13f);
        float x = 25.5f;
        float width = W - 4 - QR - 2 - x;
        float y = name(pen, card.fullName(), x, top, width, 8.5f, LEFT);
        y = field(pen, style.labels().memberNumber(), card.memberNumber(), x, y, width, 7.5f);
        y = field(pen, style.labels().category(), card.categoryName(), x, y, W - 4 - x, 6.5f);
        float half = (W - 4 - x) / 2;
        field(pen, style.labels().validUntil(), style.date(card.validUntil()), x, y, half, 6.5f);
        Marks.qr(pen, card.memberNumber(), W - 4 - QR, top - QR, QR);
        Marks.barcode(pen, card.memberNumber(), 4f, 2.6f, W - 8, 6.6f);
    }
}

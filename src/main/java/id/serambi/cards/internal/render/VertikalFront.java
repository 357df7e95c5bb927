package id.serambi.cards.internal.render;

import java.awt.Color;

/** Portrait: band with logo and library name on top, photo and QR code side by side, details centred below. */
final class VertikalFront extends FrontLayout {

    private static final float W = CardSize.SHORT;
    private static final float H = CardSize.LONG;
    private static final float BAND = 17.5f;
    private static final float PHOTO_WIDTH = 19f;
    private static final float QR = 15f;

    @Override
    void base(Pen pen, CardStyle style) {
        pen.fill(style.primary(), 0, H - BAND, W, BAND);
        pen.fill(style.primaryDark(), 0, H - BAND - 0.7f, W, 0.7f);
        Marks.emblem(pen, style, (W - 8f) / 2, H - 9.2f, 8f);
        pen.fitted(CardFonts.BOLD, 6.5f, 4.5f, Color.WHITE, style.labels().title(), W / 2, H - 11.9f, W - 5, CENTER);
        libraryName(pen, style.library().name(), W / 2, H - 14.9f, W - 5, 5f, CENTER);
    }

    @Override
    void member(Pen pen, CardStyle style, CardData card) {
        float photoHeight = PHOTO_WIDTH * 4 / 3;
        float photoY = H - BAND - 2.5f - photoHeight;
        float gap = 3f;
        float left = (W - PHOTO_WIDTH - gap - QR) / 2;
        Marks.photo(pen, card, left, photoY, PHOTO_WIDTH, photoHeight);
        Marks.qr(pen, card.memberNumber(), left + PHOTO_WIDTH + gap, photoY, QR);
        float y = name(pen, card.fullName(), W / 2, photoY - 2f, W - 6, 8.5f, CENTER);
        y = centred(pen, style.labels().memberNumber(), card.memberNumber(), y, 7.5f);
        y = centred(pen, style.labels().category(), card.categoryName(), y, 6.5f);
        centred(pen, style.labels().validUntil(), style.date(card.validUntil()), y, 6.5f);
        Marks.barcode(pen, card.memberNumber(), 3f, 2.6f, W - 6, 7f);
    }

    private float centred(Pen pen, String label, String value, float top, float valuePt) {
        pen.text(CardFonts.REGULAR, 5f, CardStyle.MUTED, label, W / 2, top - 1.8f, CENTER);
        pen.fitted(CardFonts.BOLD, valuePt, 5f, CardStyle.INK, value, W / 2, top - 1.9f - valuePt * 0.42f, W - 6,
                CENTER);
        return top - 2.6f - valuePt * 0.42f - 1.2f;
    }
}

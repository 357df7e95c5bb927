package id.serambi.cards.internal.render;

import java.awt.Color;

/** A colour column on the left holding logo and photo; library name, details and codes on white. */
final class ModernFront extends FrontLayout {

    private static final float W = CardSize.LONG;
    private static final float H = CardSize.SHORT;
    private static final float COLUMN = 25f;
    private static final float QR = 13.5f;

    @Override
    void base(Pen pen, CardStyle style) {
        pen.fill(style.primary(), 0, 0, COLUMN, H);
        pen.fill(style.primaryDark(), COLUMN, 0, 0.6f, H);
        Marks.emblem(pen, style, (COLUMN - 10f) / 2, H - 12.5f, 10f);
        float x = COLUMN + 3.5f;
        float width = W - x - 3.5f;
        pen.fitted(CardFonts.BOLD, 6.8f, 5f, style.primaryDark(), style.labels().title(), x, H - 5f, width, LEFT);
        java.util.List<String> lines = Pen.wrap(CardFonts.REGULAR, 5.4f, style.library().name(), width, 2);
        float baseline = H - 7.9f;
        for (String line : lines) {
            pen.text(CardFonts.REGULAR, 5.4f, CardStyle.MUTED, line, x, baseline, LEFT);
            baseline -= 2.2f;
        }
        pen.line(style.primary(), 0.35f, x, H - 12.6f, W - 3.5f, H - 12.6f);
    }

    @Override
    void member(Pen pen, CardStyle style, CardData card) {
        float photoWidth = COLUMN - 6f;
        float photoHeight = photoWidth * 4 / 3;
        pen.fill(Color.WHITE, 2.4f, H - 15f - photoHeight - 0.6f, photoWidth + 1.2f, photoHeight + 1.2f);
        Marks.photo(pen, card, 3f, H - 15f - photoHeight, photoWidth, photoHeight);
        float x = COLUMN + 3.5f;
        float top = H - 14.4f;
        float width = W - 3.5f - QR - 1.5f - x;
        float y = name(pen, card.fullName(), x, top, width, 8.5f, LEFT);
        y = field(pen, style.labels().memberNumber(), card.memberNumber(), x, y, width, 7.5f);
        y = field(pen, style.labels().category(), card.categoryName(), x, y, W - 3.5f - x, 6.5f);
        field(pen, style.labels().validUntil(), style.date(card.validUntil()), x, y, W - 3.5f - x, 6.5f);
        Marks.qr(pen, card.memberNumber(), W - 3.5f - QR, top - QR, QR);
        Marks.barcode(pen, card.memberNumber(), x - 1f, 2.4f, W - 2.5f - x, 6.6f);
    }
}

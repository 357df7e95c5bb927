package id.serambi.cards.internal.render;

import java.util.List;

import org.openpdf.text.Element;

import id.serambi.cards.CardLayout;

/** One arrangement of a card front: a part shared by every card of the library, and the member's part. */
abstract sealed class FrontLayout permits KlasikFront, ModernFront, VertikalFront {

    static final int LEFT = Element.ALIGN_LEFT;
    static final int CENTER = Element.ALIGN_CENTER;
    static final int RIGHT = Element.ALIGN_RIGHT;

    static FrontLayout of(CardLayout layout) {
        return switch (layout) {
            case KLASIK -> new KlasikFront();
            case MODERN -> new ModernFront();
            case VERTIKAL -> new VertikalFront();
        };
    }

    /** What every card of the library shares: drawn once per document and reused. */
    abstract void base(Pen pen, CardStyle style);

    /** The member's own part, drawn over the base. */
    abstract void member(Pen pen, CardStyle style, CardData card);

    /** A small grey label with its value under it; answers where the next field starts. */
    static float field(Pen pen, String label, String value, float x, float top, float width, float valuePt) {
        pen.text(CardFonts.REGULAR, 5f, CardStyle.MUTED, label, x, top - 1.8f, LEFT);
        pen.fitted(CardFonts.BOLD, valuePt, 5f, CardStyle.INK, value, x, top - 1.9f - valuePt * 0.42f, width, LEFT);
        return top - 2.6f - valuePt * 0.42f - 1.2f;
    }

    /** The member's name in bold on up to two lines; answers where the text below may start. */
    static float name(Pen pen, String fullName, float x, float top, float width, float sizePt, int align) {
        float size = Pen.fittingSize(CardFonts.BOLD, sizePt, sizePt - 1.5f, fullName, width);
        List<String> lines = Pen.wrap(CardFonts.BOLD, size, fullName, width, 2);
        float lineHeight = size * 0.42f;
        float baseline = top - size * 0.3f;
        for (String line : lines) {
            pen.text(CardFonts.BOLD, size, CardStyle.INK, line, x, baseline, align);
            baseline -= lineHeight;
        }
        return baseline + lineHeight - 1.6f;
    }

    /** The library's name on up to two lines of white text, centred vertically about {@code middle}. */
    static void libraryName(Pen pen, String name, float x, float middle, float width, float sizePt, int align) {
        List<String> lines = Pen.wrap(CardFonts.REGULAR, sizePt, name, width, 2);
        float lineHeight = sizePt * 0.4f;
        float baseline = middle + (lines.size() - 1) * lineHeight / 2 - sizePt * 0.12f;
        for (String line : lines) {
            pen.text(CardFonts.REGULAR, sizePt, java.awt.Color.WHITE, line, x, baseline, align);
            baseline -= lineHeight;
        }
    }
}

package id.serambi.cards.internal.render;

import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Paints the cards of one PDF document in one library's style. The parts every card shares (the front's band and
 * the whole back) are drawn once into form XObjects and placed again for each card, which keeps batches small and
 * fast.
 */
final class CardPainter {

    private final CardStyle style;
    private final FrontLayout layout;
    private final PdfContentByte page;
    private PdfTemplate frontBase;
    private PdfTemplate back;

    CardPainter(CardStyle style, PdfContentByte page) {
        this.style = style;
        this.layout = FrontLayout.of(style.layout());
        this.page = page;
    }

    /** Paints a front; the page's current transformation must map millimetres of the card. */
    void front(CardData card) {
        if (frontBase == null) {
            frontBase = page.createTemplate(style.width(), style.height());
            layout.base(new Pen(frontBase), style);
        }
        page.addTemplate(frontBase, 0, 0);
        layout.member(new Pen(page), style, card);
    }

    void back() {
        if (back == null) {
            back = page.createTemplate(style.width(), style.height());
            BackPainter.paint(new Pen(back), style, style.width(), style.height());
        }
        page.addTemplate(back, 0, 0);
    }

    CardStyle style() {
        return style;
    }
}

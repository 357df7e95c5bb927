package id.serambi.cards.internal.render;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** Card PDFs: one card on a card-sized page pair (front, back), or A4 sheets for batches. */
public final class CardPdf {

    private static final float K = Pen.POINTS_PER_MM;

    private CardPdf() {
    }

    /** Two pages the size of the card: its front, then its back. */
    public static byte[] single(CardStyle style, CardData card) {
        Rectangle size = new Rectangle(style.width() * K, style.height() * K);
        return write(size, card.memberNumber(), (document, page) -> {
            CardPainter painter = new CardPainter(style, page);
            inCard(page, K, 0, 0, K, 0, 0, () -> painter.front(card));
            document.newPage();
            inCard(page, K, 0, 0, K, 0, 0, painter::back);
        });
    }

    /**
     * A4 sheets of {@value SheetGrid#PER_PAGE} cards with cut marks, each followed by the page of their backs placed
     * for double-sided printing flipped on the long edge.
     */
    public static byte[] sheets(CardStyle style, List<CardData> cards) {
        return write(PageSize.A4, "batch", (document, page) -> {
            CardPainter painter = new CardPainter(style, page);
            for (int from = 0; from < cards.size(); from += SheetGrid.PER_PAGE) {
                List<CardData> sheet = cards.subList(from, Math.min(cards.size(), from + SheetGrid.PER_PAGE));
                SheetGrid.cutMarks(page);
                for (int slot = 0; slot < sheet.size(); slot++) {
                    CardData card = sheet.get(slot);
                    SheetGrid.place(page, style.layout().portrait(), slot, false, () -> painter.front(card));
                }
                document.newPage();
                for (int slot = 0; slot < sheet.size(); slot++) {
                    SheetGrid.place(page, style.layout().portrait(), slot, true, painter::back);
                }
                document.newPage();
            }
        });
    }

    static void inCard(PdfContentByte page, float a, float b, float c, float d, float e, float f, Runnable paint) {
        page.saveState();
        page.concatCTM(a, b, c, d, e, f);
        paint.run();
        page.restoreState();
    }

    private interface Pages {
        void paint(Document document, PdfContentByte page);
    }

    private static byte[] write(Rectangle pageSize, String subject, Pages pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Kartu Anggota Perpustakaan");
        document.addSubject(subject);
        document.addCreator("Serambi");
        document.open();
        pages.paint(document, writer.getDirectContent());
        document.close();
        return out.toByteArray();
    }

}

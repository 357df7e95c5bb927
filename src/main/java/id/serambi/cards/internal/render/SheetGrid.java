package id.serambi.cards.internal.render;

import java.awt.Color;

import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfContentByte;

/** Where the ten cards of an A4 sheet go (two columns, five rows, touching) and their cut marks. */
final class SheetGrid {

    static final int PER_PAGE = 10;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float K = Pen.POINTS_PER_MM;
    private static final float PAGE_WIDTH = PageSize.A4.getWidth() / K;
    private static final float PAGE_HEIGHT = PageSize.A4.getHeight() / K;
    private static final float LEFT = (PAGE_WIDTH - COLUMNS * CardSize.LONG) / 2;
    private static final float BOTTOM = (PAGE_HEIGHT - ROWS * CardSize.SHORT) / 2;
    private static final float MARK_GAP = 2f;
    private static final float MARK_LENGTH = 6f;

    private SheetGrid() {
    }

    /**
     * Paints a card into its slot, numbered row by row from the top left. A back goes into the mirrored column so that
     * it lands behind its front; a portrait card lies on its side, its back turned the other way.
     */
    static void place(PdfContentByte page, boolean portrait, int slot, boolean back, Runnable paint) {
        int column = back ? COLUMNS - 1 - slot % COLUMNS : slot % COLUMNS;
        float x = (LEFT + column * CardSize.LONG) * K;
        float y = (BOTTOM + (ROWS - 1 - slot / COLUMNS) * CardSize.SHORT) * K;
        if (!portrait) {
            CardPdf.inCard(page, K, 0, 0, K, x, y, paint);
        } else if (!back) {
            CardPdf.inCard(page, 0, K, -K, 0, x + CardSize.LONG * K, y, paint);
        } else {
            CardPdf.inCard(page, 0, -K, K, 0, x, y + CardSize.SHORT * K, paint);
        }
    }

    /** Short lines in the margins along every edge between cards, away from the cards themselves. */
    static void cutMarks(PdfContentByte page) {
        page.saveState();
        page.concatCTM(K, 0, 0, K, 0, 0);
        page.setColorStroke(Color.BLACK);
        page.setLineWidth(0.1f);
        float right = LEFT + COLUMNS * CardSize.LONG;
        float top = BOTTOM + ROWS * CardSize.SHORT;
        for (int column = 0; column <= COLUMNS; column++) {
            float x = LEFT + column * CardSize.LONG;
            segment(page, x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK_LENGTH);
            segment(page, x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH);
        }
        for (int row = 0; row <= ROWS; row++) {
            float y = BOTTOM + row * CardSize.SHORT;
            segment(page, LEFT - MARK_GAP, y, LEFT - MARK_GAP - MARK_LENGTH, y);
            segment(page, right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y);
        }
        page.stroke();
        page.restoreState();
    }

    private static void segment(PdfContentByte page, float x1, float y1, float x2, float y2) {
        page.moveTo(x1, y1);
        page.lineTo(x2, y2);
    }
}

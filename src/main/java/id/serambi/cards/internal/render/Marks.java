package id.serambi.cards.internal.render;

import java.awt.Color;

import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;

/** The pictures every layout shares: logo or emblem, photo or silhouette, codes. */
final class Marks {

    private Marks() {
    }

    /** The library's logo on a white tile, or a white open-book emblem straight on the colour. */
    static void emblem(Pen pen, CardStyle style, float x, float y, float size) {
        Image logo = style.logo();
        if (logo == null) {
            book(pen.raw(), x, y, size);
            return;
        }
        pen.roundFill(Color.WHITE, x, y, size, size, size * 0.12f);
        float pad = size * 0.08f;
        contain(pen.raw(), logo, x + pad, y + pad, size - 2 * pad, size - 2 * pad);
    }

    private static void book(PdfContentByte cb, float x, float y, float size) {
        float mid = x + size / 2;
        float gap = size * 0.04f;
        cb.setColorFill(Color.WHITE);
        page(cb, mid - gap, x + size * 0.05f, y, size, -1);
        page(cb, mid + gap, x + size * 0.95f, y, size, 1);
        cb.fill();
    }

    private static void page(PdfContentByte cb, float spine, float edge, float y, float size, int side) {
        cb.moveTo(spine, y + size * 0.12f);
        cb.curveTo(spine + side * size * 0.12f, y + size * 0.22f, edge - side * size * 0.1f, y + size * 0.2f, edge,
                y + size * 0.16f);
        cb.lineTo(edge, y + size * 0.78f);
        cb.curveTo(edge - side * size * 0.1f, y + size * 0.84f, spine + side * size * 0.12f, y + size * 0.86f, spine,
                y + size * 0.74f);
        cb.closePath();
    }

    /** The member's photo cropped to fill the box, or a silhouette when there is none. */
    static void photo(Pen pen, CardData card, float x, float y, float width, float height) {
        PdfContentByte cb = pen.raw();
        pen.fill(CardStyle.PHOTO_BACKGROUND, x, y, width, height);
        if (card.hasPhoto()) {
            cb.saveState();
            cb.rectangle(x, y, width, height);
            cb.clip();
            cb.newPath();
            cover(cb, CardStyle.image(card.photoJpeg()), x, y, width, height);
            cb.restoreState();
        } else {
            silhouette(cb, x, y, width, height);
        }
        pen.frame(CardStyle.RULE, 0.15f, x, y, width, height);
    }

    private static void silhouette(PdfContentByte cb, float x, float y, float width, float height) {
        cb.setColorFill(CardStyle.RULE);
        float cx = x + width / 2;
        cb.circle(cx, y + height * 0.62f, width * 0.2f);
        cb.fill();
        cb.moveTo(x + width * 0.12f, y);
        cb.curveTo(x + width * 0.12f, y + height * 0.38f, x + width * 0.88f, y + height * 0.38f, x + width * 0.88f, y);
        cb.closePath();
        cb.fill();
    }

    private static void cover(PdfContentByte cb, Image image, float x, float y, float width, float height) {
        float scale = Math.max(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        cb.addImage(image, w, 0, 0, h, x + (width - w) / 2, y + (height - h) / 2);
    }

    static void contain(PdfContentByte cb, Image image, float x, float y, float width, float height) {
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        cb.addImage(image, w, 0, 0, h, x + (width - w) / 2, y + (height - h) / 2);
    }

    /** Code128 of the member number on a white ground with its quiet zones. */
    static void barcode(Pen pen, String memberNumber, float x, float y, float width, float height) {
        pen.fill(Color.WHITE, x, y, width, height);
        Codes.drawCode128(pen.raw(), Codes.code128(memberNumber), x, y, width, height);
    }

    static void qr(Pen pen, String memberNumber, float x, float y, float size) {
        pen.fill(Color.WHITE, x, y, size, size);
        boolean[][] modules = Codes.qr(memberNumber);
        float quiet = size * 2 / (modules.length + 4f);
        Codes.drawQr(pen.raw(), modules, x + quiet, y + quiet, size - 2 * quiet);
    }
}

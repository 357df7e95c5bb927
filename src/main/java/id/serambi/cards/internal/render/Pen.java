package id.serambi.cards.internal.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/** Draws on a card in millimetres (the card's lower-left corner is 0,0); font sizes stay in points. */
final class Pen {

    static final float POINTS_PER_MM = 72f / 25.4f;
    private static final String ELLIPSIS = "\u2026";

    private final PdfContentByte cb;

    Pen(PdfContentByte cb) {
        this.cb = cb;
    }

    PdfContentByte raw() {
        return cb;
    }

    void fill(Color colour, float x, float y, float width, float height) {
        cb.setColorFill(colour);
        cb.rectangle(x, y, width, height);
        cb.fill();
    }

    void roundFill(Color colour, float x, float y, float width, float height, float radius) {
        cb.setColorFill(colour);
        cb.roundRectangle(x, y, width, height, radius);
        cb.fill();
    }

    void frame(Color colour, float widthMm, float x, float y, float width, float height) {
        cb.setColorStroke(colour);
        cb.setLineWidth(widthMm);
        cb.rectangle(x, y, width, height);
        cb.stroke();
    }

    void line(Color colour, float widthMm, float x1, float y1, float x2, float y2) {
        cb.setColorStroke(colour);
        cb.setLineWidth(widthMm);
        cb.moveTo(x1, y1);
        cb.lineTo(x2, y2);
        cb.stroke();
    }

    /** Writes one line; {@code align} is {@link Element#ALIGN_LEFT}, {@code ALIGN_CENTER} or {@code ALIGN_RIGHT}. */
    void text(BaseFont font, float sizePt, Color colour, String text, float x, float y, int align) {
        cb.beginText();
        cb.setColorFill(colour);
        cb.setFontAndSize(font, sizePt / POINTS_PER_MM);
        cb.showTextAligned(align, text, x, y, 0);
        cb.endText();
    }

    /** Width in millimetres of the text at the size. */
    static float width(BaseFont font, float sizePt, String text) {
        return font.getWidthPoint(text, sizePt) / POINTS_PER_MM;
    }

    /** The largest size from {@code sizePt} down to {@code minPt} at which the text fits; else {@code minPt}. */
    static float fittingSize(BaseFont font, float sizePt, float minPt, String text, float maxWidth) {
        float size = sizePt;
        while (size > minPt && width(font, size, text) > maxWidth) {
            size -= 0.25f;
        }
        return Math.max(size, minPt);
    }

    /** Writes one line shrunk to fit, cut with an ellipsis when even the smallest size is too wide. */
    void fitted(BaseFont font, float sizePt, float minPt, Color colour, String text, float x, float y,
            float maxWidth, int align) {
        float size = fittingSize(font, sizePt, minPt, text, maxWidth);
        text(font, size, colour, clip(font, size, text, maxWidth), x, y, align);
    }

    /** Breaks the text into at most {@code maxLines} lines no wider than {@code maxWidth}. */
    static List<String> wrap(BaseFont font, float sizePt, String text, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, sizePt, candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, clip(font, sizePt, kept.get(maxLines - 1) + " " + lines.get(maxLines), maxWidth));
            return kept;
        }
        lines.replaceAll(each -> clip(font, sizePt, each, maxWidth));
        return lines;
    }

    static String clip(BaseFont font, float sizePt, String text, float maxWidth) {
        if (width(font, sizePt, text) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && width(font, sizePt, cut + ELLIPSIS) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + ELLIPSIS;
    }
}

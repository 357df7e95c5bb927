package id.serambi.cards.internal.render;

import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;

/**
 * The card back, the same for every member of a library: the rules, a line for the holder's signature and how to
 * reach the library.
 */
final class BackPainter {

    private static final float MARGIN = 4f;
    private static final float RULES_PT = 5.6f;
    private static final float CONTACT_PT = 5.2f;
    private static final float CONTACT_LINE = 2.35f;
    private static final float SIGNATURE_ROOM = 8f;

    private record Line(String text, BaseFont font) {
    }

    private BackPainter() {
    }

    static void paint(Pen pen, CardStyle style, float width, float height) {
        pen.fill(style.primary(), 0, height - 3f, width, 3f);
        pen.fill(style.primary(), 0, 0, width, 1.6f);
        List<Line> contact = contactLines(style.library(), style.labels(), width - 2 * MARGIN);
        float contactTop = 3.4f + contact.size() * CONTACT_LINE + 1.6f;
        pen.text(CardFonts.BOLD, 6.5f, style.primaryDark(), style.labels().rules(), MARGIN, height - 7f,
                Element.ALIGN_LEFT);
        float rulesEnd = rules(pen, style.backText(), width - 2 * MARGIN, height - 10f, contactTop + 1.5f);
        if (rulesEnd - contactTop > SIGNATURE_ROOM + 2f) {
            float x = width - MARGIN - 32f;
            pen.line(CardStyle.MUTED, 0.15f, x, contactTop + 4.5f, width - MARGIN, contactTop + 4.5f);
            pen.text(CardFonts.REGULAR, 4.6f, CardStyle.MUTED, style.labels().signature(), x + 16f, contactTop + 2.6f,
                    Element.ALIGN_CENTER);
        }
        pen.line(CardStyle.RULE, 0.2f, MARGIN, contactTop, width - MARGIN, contactTop);
        float baseline = contactTop - 2.6f;
        for (Line line : contact) {
            pen.text(line.font(), CONTACT_PT, CardStyle.INK, line.text(), MARGIN, baseline, Element.ALIGN_LEFT);
            baseline -= CONTACT_LINE;
        }
    }

    /** Writes the paragraphs from {@code top} down, never below {@code bottom}; answers where the text ended. */
    private static float rules(Pen pen, String text, float width, float top, float bottom) {
        float lineHeight = RULES_PT * 0.43f;
        float baseline = top;
        for (String paragraph : text.split("\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            int room = (int) ((baseline - bottom) / lineHeight) + 1;
            if (room <= 0) {
                break;
            }
            for (String line : Pen.wrap(CardFonts.REGULAR, RULES_PT, paragraph, width, room)) {
                pen.text(CardFonts.REGULAR, RULES_PT, CardStyle.INK, line, MARGIN, baseline, Element.ALIGN_LEFT);
                baseline -= lineHeight;
            }
            baseline -= 0.7f;
        }
        return baseline;
    }

    private static List<Line> contactLines(LibraryFace library, CardLabels labels, float width) {
        List<Line> lines = new ArrayList<>();
        Pen.wrap(CardFonts.BOLD, CONTACT_PT, library.name(), width, 2)
                .forEach(text -> lines.add(new Line(text, CardFonts.BOLD)));
        if (!library.address().isBlank()) {
            Pen.wrap(CardFonts.REGULAR, CONTACT_PT, library.address(), width, 3)
                    .forEach(text -> lines.add(new Line(text, CardFonts.REGULAR)));
        }
        String phone = library.phone().isBlank() ? "" : labels.phone() + " " + library.phone();
        String current = "";
        for (String item : List.of(phone, library.website(), library.email())) {
            if (item.isBlank()) {
                continue;
            }
            String joined = current.isEmpty() ? item : current + "  \u00b7  " + item;
            if (current.isEmpty() || Pen.width(CardFonts.REGULAR, CONTACT_PT, joined) <= width) {
                current = joined;
            } else {
                lines.add(new Line(Pen.clip(CardFonts.REGULAR, CONTACT_PT, current, width), CardFonts.REGULAR));
                current = item;
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(Pen.clip(CardFonts.REGULAR, CONTACT_PT, current, width), CardFonts.REGULAR));
        }
        return lines;
    }
}

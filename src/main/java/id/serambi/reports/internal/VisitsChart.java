package id.serambi.reports.internal;

import java.awt.Color;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

import id.serambi.frontoffice.VisitStats;

/**
 * The monthly report's visits chart: one vector bar a day under a scale with its axis titles, the days of the month
 * under the bars (1, 5, 10, … and the last) and the count at the bottom, middle and top of the scale.
 */
final class VisitsChart {

    /** Points the chart takes below the position it is drawn at, its labels included. */
    static final float HEIGHT = 160;

    private static final float PLOT_HEIGHT = 108;
    private static final float LABEL_SIZE = 7;
    private static final Color GRID = new Color(210, 210, 210);

    private VisitsChart() {
    }

    static void draw(PdfContentByte canvas, float left, float right, float top, List<VisitStats.Day> days,
            String yTitle, String xTitle) {
        BaseFont font = font();
        long max = Math.max(1, days.stream().mapToLong(VisitStats.Day::people).max().orElse(1));
        float plotLeft = left + 28;
        float plotTop = top - 22;
        float bottom = plotTop - PLOT_HEIGHT;
        float width = right - plotLeft;
        float slot = width / Math.max(1, days.size());
        canvas.saveState();
        for (long tick : new long[] {0, max / 2, max}) {
            float y = bottom + PLOT_HEIGHT * tick / max;
            canvas.setColorStroke(tick == 0 ? Color.GRAY : GRID);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(plotLeft, y);
            canvas.lineTo(right, y);
            canvas.stroke();
            text(canvas, font, Long.toString(tick), plotLeft - 4, y - 2.5f, PdfContentByte.ALIGN_RIGHT);
        }
        canvas.setColorFill(MonthlyReportPdf.BRAND);
        for (int i = 0; i < days.size(); i++) {
            float bar = PLOT_HEIGHT * days.get(i).people() / max;
            canvas.rectangle(plotLeft + i * slot + 1, bottom, Math.max(1, slot - 2), bar);
        }
        canvas.fill();
        for (int i = 0; i < days.size(); i++) {
            int day = days.get(i).date().getDayOfMonth();
            if (i == 0 || i == days.size() - 1 || day % 5 == 0 && days.size() - 1 - i >= 2) {
                text(canvas, font, Integer.toString(day), plotLeft + (i + 0.5f) * slot, bottom - 9,
                        PdfContentByte.ALIGN_CENTER);
            }
        }
        text(canvas, font, yTitle, left, top - 12, PdfContentByte.ALIGN_LEFT);
        text(canvas, font, xTitle, plotLeft + width / 2, bottom - 20, PdfContentByte.ALIGN_CENTER);
        canvas.restoreState();
    }

    private static void text(PdfContentByte canvas, BaseFont font, String text, float x, float y, int align) {
        canvas.beginText();
        canvas.setColorFill(Color.DARK_GRAY);
        canvas.setFontAndSize(font, LABEL_SIZE);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException | org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("Helvetica is built into every PDF reader", e);
        }
    }
}

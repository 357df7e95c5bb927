package id.serambi.cards.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import id.serambi.cards.ReceiptEntry;

/** One day of the receipt book on A4 landscape, signatures included, to print and file. */
public final class ReceiptBookPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final float[] WIDTHS = {4, 7, 16, 22, 16, 15, 20};

    /** Words of the page, in the reader's language: title, then the column headings. */
    public record Labels(String title, List<String> columns, String confirmedByCode, String confirmedByStaff,
            String notConfirmed) {
    }

    private ReceiptBookPdf() {
    }

    public static byte[] render(String libraryName, String day, ZoneId zone, List<ReceiptEntry> entries,
            Labels labels, LongFunction<byte[]> signatures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.title() + " " + day);
        document.open();
        document.add(new Paragraph(libraryName, new Font(Font.HELVETICA, 10, Font.NORMAL, Color.DARK_GRAY)));
        document.add(new Paragraph(labels.title() + " \u2014 " + day, new Font(Font.HELVETICA, 15, Font.BOLD)));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Font head = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);
        for (String column : labels.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, head));
            cell.setBackgroundColor(new Color(0x33, 0x3a, 0x40));
            cell.setPadding(4);
            table.addCell(cell);
        }
        Font body = new Font(Font.HELVETICA, 9);
        int row = 1;
        for (ReceiptEntry entry : entries) {
            addRow(table, row++, entry, zone, labels, body, entry.signatureDrawn() ? signatures.apply(entry.id()) : null);
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void addRow(PdfPTable table, int row, ReceiptEntry entry, ZoneId zone, Labels labels, Font font,
            byte[] signature) {
        table.addCell(cell(String.valueOf(row), font));
        table.addCell(cell(TIME.format(entry.handedOverAt().atZone(zone)), font));
        table.addCell(cell(entry.memberNumber(), font));
        table.addCell(cell(entry.memberName(), font));
        table.addCell(cell(entry.staffName() == null ? "" : entry.staffName(), font));
        String check = switch (entry.phoneCheck()) {
            case "CODE" -> labels.confirmedByCode();
            case "STAFF" -> labels.confirmedByStaff();
            default -> labels.notConfirmed();
        };
        table.addCell(cell((entry.phoneE164() == null ? "" : entry.phoneE164() + "\n") + check, font));
        PdfPCell sign = signature == null ? cell(entry.signatureName() == null ? "" : entry.signatureName(), font)
                : new PdfPCell(image(signature), true);
        sign.setFixedHeight(30);
        sign.setPadding(3);
        table.addCell(sign);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static Image image(byte[] png) {
        try {
            return Image.getInstance(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

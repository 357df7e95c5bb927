package id.serambi.cases.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import id.serambi.cases.QueueTicket;
import id.serambi.shared.QrCodes;

/**
 * A queue ticket for a receipt printer: the roll's width (58 or 80 mm), as tall as its content. Library, service,
 * the big number, when it was taken, how many wait before, and the QR code to this case's questionnaire.
 */
public final class TicketPdf {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;
    private static final float MARGIN = 3 * MM;
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** Words of the ticket, in the reader's language. */
    public record Labels(String queueNumber, String waitingBefore, String survey) {
    }

    private TicketPdf() {
    }

    public static byte[] render(QueueTicket ticket, int widthMm, Labels labels) {
        float width = widthMm * MM;
        float inner = width - 2 * MARGIN;
        float scale = widthMm / 80f;
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(inner);
        table.setLockedWidth(true);
        table.addCell(line(ticket.libraryName(), new Font(Font.HELVETICA, 9 * scale + 1, Font.BOLD)));
        table.addCell(line(ticket.serviceName(), new Font(Font.HELVETICA, 9 * scale + 1)));
        table.addCell(line(labels.queueNumber(), new Font(Font.HELVETICA, 8 * scale + 1)));
        table.addCell(line(ticket.queueNumber(), new Font(Font.HELVETICA, 34 * scale + 4, Font.BOLD)));
        table.addCell(line(TAKEN.format(ticket.takenAt()), new Font(Font.HELVETICA, 8 * scale + 1)));
        table.addCell(line(labels.waitingBefore(), new Font(Font.HELVETICA, 8 * scale + 1)));
        PdfPCell qr = new PdfPCell(image(QrCodes.png(ticket.surveyUrl(), 360)), true);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setPaddingLeft(inner * 0.15f);
        qr.setPaddingRight(inner * 0.15f);
        table.addCell(qr);
        table.addCell(line(labels.survey(), new Font(Font.HELVETICA, 7 * scale + 1)));
        float height = table.getTotalHeight() + 2 * MARGIN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width, height), MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(ticket.queueNumber());
        document.open();
        table.writeSelectedRows(0, -1, MARGIN, height - MARGIN, writer.getDirectContent());
        writer.setPageEmpty(false);
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell line(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(3);
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

package id.serambi.cards.internal.render;

import java.awt.Color;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import org.openpdf.text.pdf.PdfContentByte;

/**
 * Code128 and QR codes drawn as vector rectangles, one per run of dark modules, so that they stay sharp at any
 * printer resolution (a scaled bitmap blurs the bar edges that desk scanners rely on).
 */
public final class Codes {

    /** Quiet zone each side of a Code128 symbol, in modules (the standard asks for at least ten). */
    public static final int CODE128_QUIET_MODULES = 10;

    private Codes() {
    }

    /** The bars of a Code128 symbol, without quiet zones. */
    public static boolean[] code128(String text) {
        return new Code128Writer().encode(text);
    }

    /** The modules of a QR code, without quiet zone; {@code [y][x]}, true for dark. */
    public static boolean[][] qr(String text) {
        try {
            ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    modules[y][x] = matrix.get(x, y) == 1;
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Draws the bars (quiet zones included) into the box; the box's width sets the module width. */
    static void drawCode128(PdfContentByte cb, boolean[] bars, float x, float y, float width, float height) {
        float module = width / (bars.length + 2f * CODE128_QUIET_MODULES);
        float left = x + CODE128_QUIET_MODULES * module;
        cb.setColorFill(Color.BLACK);
        int start = -1;
        for (int i = 0; i <= bars.length; i++) {
            boolean dark = i < bars.length && bars[i];
            if (dark && start < 0) {
                start = i;
            } else if (!dark && start >= 0) {
                cb.rectangle(left + start * module, y, (i - start) * module, height);
                start = -1;
            }
        }
        cb.fill();
    }

    /** Draws the QR code filling a square of {@code size} whose lower-left corner is x, y. */
    static void drawQr(PdfContentByte cb, boolean[][] modules, float x, float y, float size) {
        float module = size / modules.length;
        cb.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.length; row++) {
            float top = y + size - (row + 1) * module;
            int start = -1;
            for (int col = 0; col <= modules[row].length; col++) {
                boolean dark = col < modules[row].length && modules[row][col];
                if (dark && start < 0) {
                    start = col;
                } else if (!dark && start >= 0) {
                    // a hair of overlap keeps anti-aliasing viewers from showing seams between rows
                    cb.rectangle(x + start * module, top, (col - start) * module, module * 1.02f);
                    start = -1;
                }
            }
        }
        cb.fill();
    }
}

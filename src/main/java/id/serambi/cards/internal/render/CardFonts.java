package id.serambi.cards.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL Open Font Licence, shipped in openpdf-fonts-extra), embedded as a subset with Unicode
 * encoding so that every name prints as typed; loaded once and shared by every document.
 */
final class CardFonts {

    static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSans-Bold.ttf");

    private CardFonts() {
    }

    private static BaseFont load(String file) {
        try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream("liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font liberation/" + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

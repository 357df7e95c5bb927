package id.serambi.cards.internal.render;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openpdf.text.Image;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardLayout;

/**
 * A library's design made ready to draw: colours, logo image and date format are built once and reused for every
 * card of a batch (the logo is then embedded in the PDF only once).
 */
public final class CardStyle {

    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5f, 0x66, 0x6d);
    static final Color PAPER = Color.WHITE;
    static final Color RULE = new Color(0xc9, 0xcd, 0xd2);
    static final Color PHOTO_BACKGROUND = new Color(0xe9, 0xec, 0xef);

    private final CardLayout layout;
    private final Color primary;
    private final Color primaryDark;
    private final Color primaryLight;
    private final Image logo;
    private final String backText;
    private final LibraryFace library;
    private final CardLabels labels;
    private final DateTimeFormatter dates;

    private CardStyle(CardDesign design, LibraryFace library, CardLabels labels) {
        this.layout = design.layout();
        this.primary = Color.decode(design.primaryColour());
        this.primaryDark = mix(primary, Color.BLACK, 0.35f);
        this.primaryLight = mix(primary, Color.WHITE, 0.85f);
        this.logo = design.hasLogo() ? image(design.logoPng()) : null;
        this.backText = design.backText() == null ? "" : design.backText();
        this.library = library;
        this.labels = labels;
        this.dates = DateTimeFormatter.ofPattern(labels.datePattern(), Locale.forLanguageTag("id"));
    }

    public static CardStyle of(CardDesign design, LibraryFace library, CardLabels labels) {
        return new CardStyle(design, library, labels);
    }

    public CardLayout layout() {
        return layout;
    }

    Color primary() {
        return primary;
    }

    Color primaryDark() {
        return primaryDark;
    }

    Color primaryLight() {
        return primaryLight;
    }

    /** The logo, or null to draw the built-in emblem. */
    Image logo() {
        return logo;
    }

    String backText() {
        return backText;
    }

    LibraryFace library() {
        return library;
    }

    CardLabels labels() {
        return labels;
    }

    String date(LocalDate day) {
        return dates.format(day);
    }

    /** Card width and height in millimetres as it is printed (portrait layouts are narrower than tall). */
    float width() {
        return layout.portrait() ? CardSize.SHORT : CardSize.LONG;
    }

    float height() {
        return layout.portrait() ? CardSize.LONG : CardSize.SHORT;
    }

    static Image image(byte[] bytes) {
        try {
            return Image.getInstance(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Color mix(Color colour, Color with, float amount) {
        return new Color(blend(colour.getRed(), with.getRed(), amount), blend(colour.getGreen(), with.getGreen(), amount),
                blend(colour.getBlue(), with.getBlue(), amount));
    }

    private static int blend(int from, int to, float amount) {
        return Math.round(from + (to - from) * amount);
    }
}

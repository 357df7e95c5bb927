package id.serambi.cards;

import java.util.regex.Pattern;

/**
 * A library's card design.
 *
 * @param layout arrangement of the front
 * @param primaryColour colour of bands and headings, {@code #rrggbb}
 * @param logoPng the library's logo as a re-encoded PNG, or null for the built-in book emblem
 * @param backText rules printed on the back, paragraphs separated by blank lines
 */
public record CardDesign(CardLayout layout, String primaryColour, byte[] logoPng, String backText) {

    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final int BACK_TEXT_MAX = 600;

    public boolean hasLogo() {
        return logoPng != null && logoPng.length > 0;
    }

    public CardDesign withLogo(byte[] png) {
        return new CardDesign(layout, primaryColour, png, backText);
    }
}

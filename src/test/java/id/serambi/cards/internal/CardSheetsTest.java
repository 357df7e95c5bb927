package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardFixtures;
import id.serambi.cards.CardLayout;
import id.serambi.cards.internal.render.CardData;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Library;

class CardSheetsTest {

    private static final java.nio.file.Path REPORT = java.nio.file.Path.of("target", "card-report");
    private static final int DPI = 200;
    private static final double PX_PER_MM = DPI / 25.4;

    private final Library library = CardFixtures.seedLibrary("lebak");
    private final DefaultDesigns defaults = new DefaultDesigns(CardFixtures.messages());
    private final CardStyles styles = new CardStyles(CardFixtures.messages());

    @Test
    void twentyThreeCardsMakeThreeFrontSheetsEachFollowedByItsBacks() throws IOException {
        byte[] pdf = CardPdf.sheets(style(CardLayout.KLASIK), cards(23));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isBetween(595f, 596f);
            assertThat(a4.getHeight()).isBetween(841f, 842f);
        }
        List<BufferedImage> pages = CardImages.pages(pdf, 100);
        java.nio.file.Files.createDirectories(REPORT);
        javax.imageio.ImageIO.write(pages.get(0), "png", REPORT.resolve("sheet-1-front.png").toFile());
        javax.imageio.ImageIO.write(pages.get(1), "png", REPORT.resolve("sheet-1-back.png").toFile());
    }

    @Test
    void cardsFillTheSheetRowByRowAndEachBackLandsBehindItsFront() throws Exception {
        List<BufferedImage> pages = CardImages.pages(CardPdf.sheets(style(CardLayout.KLASIK), cards(11)), DPI);

        assertThat(pages).hasSize(4);
        assertThat(numberIn(pages.get(0), 0, 0)).isEqualTo("1000");
        assertThat(numberIn(pages.get(0), 1, 0)).isEqualTo("1001");
        assertThat(numberIn(pages.get(0), 1, 4)).isEqualTo("1009");
        assertThat(numberIn(pages.get(2), 0, 0)).isEqualTo("1010");
        assertThat(isBlank(slot(pages.get(0), 0, 0))).isFalse();
        assertThat(isBlank(slot(pages.get(3), 1, 0))).as("back of card 1010 goes behind it, in the mirrored column").isFalse();
        assertThat(isBlank(slot(pages.get(3), 0, 0))).as("nothing behind the empty slot").isTrue();
    }

    @Test
    void portraitCardsLieOnTheirSideInTheSameSlots() throws Exception {
        List<BufferedImage> pages = CardImages.pages(CardPdf.sheets(style(CardLayout.VERTIKAL), cards(3)), DPI);

        assertThat(numberIn(pages.get(0), 0, 1)).isEqualTo("1002");
    }

    private CardStyle style(CardLayout layout) {
        CardDesign design = defaults.forLibrary(library);
        return styles.of(library, new CardDesign(layout, design.primaryColour(), null, design.backText()));
    }

    private static List<CardData> cards(int count) {
        byte[] photo = CardFixtures.samplePhotoJpeg();
        return IntStream.range(0, count)
                .mapToObj(i -> new CardData(String.valueOf(1000 + i), "Anggota " + i, "Umum",
                        java.time.LocalDate.of(2030, 1, 1), photo))
                .toList();
    }

    private static String numberIn(BufferedImage page, int column, int row) throws Exception {
        return CardImages.decode(slot(page, column, row), BarcodeFormat.CODE_128);
    }

    /** One card's area of a sheet: two columns of 85.6 mm, five rows of 53.98 mm, centred on A4. */
    private static BufferedImage slot(BufferedImage page, int column, int row) {
        double left = (210 - 2 * 85.6) / 2 + column * 85.6;
        double top = (297 - 5 * 53.98) / 2 + row * 53.98;
        return page.getSubimage((int) Math.round(left * PX_PER_MM) + 4, (int) Math.round(top * PX_PER_MM) + 4,
                (int) (85.6 * PX_PER_MM) - 8, (int) (53.98 * PX_PER_MM) - 8);
    }

    private static boolean isBlank(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    return false;
                }
            }
        }
        return true;
    }
}

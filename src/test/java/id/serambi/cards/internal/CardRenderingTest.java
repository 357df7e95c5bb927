package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.zxing.BarcodeFormat;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardFixtures;
import id.serambi.cards.CardLayout;
import id.serambi.cards.internal.render.CardData;
import id.serambi.cards.internal.render.CardPdf;
import id.serambi.cards.internal.render.CardStyle;
import id.serambi.libraries.Library;

class CardRenderingTest {

    private static final Path REPORT = Path.of("target", "card-report");

    private final DefaultDesigns defaults = new DefaultDesigns(CardFixtures.messages());
    private final CardStyles styles = new CardStyles(CardFixtures.messages());

    @ParameterizedTest
    @EnumSource(CardLayout.class)
    void barcodeOnEveryLayoutScansBackToTheMemberNumber(CardLayout layout) throws Exception {
        Library library = CardFixtures.seedLibrary("sidoarjo");
        CardDesign design = defaults.forLibrary(library);
        CardStyle style = styles.of(library, new CardDesign(layout, design.primaryColour(), null, design.backText()));

        byte[] pdf = CardPdf.single(style, CardFixtures.aCard("3515260001234", "Siti Nurhaliza Rahmawati"));

        BufferedImage front = CardImages.pages(pdf, 300).getFirst();
        assertThat(CardImages.decode(front, BarcodeFormat.CODE_128)).isEqualTo("3515260001234");
        assertThat(CardImages.decode(front, BarcodeFormat.QR_CODE)).isEqualTo("3515260001234");
    }

    @Test
    void cardIsVectorTextInAnEmbeddedFontWithTheMemberDetails() throws IOException {
        Library library = CardFixtures.seedLibrary("barut");
        byte[] pdf = CardPdf.single(styles.of(library, defaults.forLibrary(library)),
                CardFixtures.aCard("6205-000042", "Ahmad Ṣyahrir Nugroho"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(85.6f * 72 / 25.4f,
                    org.assertj.core.data.Offset.offset(0.1f));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Ahmad Ṣyahrir Nugroho", "6205-000042", "30 November 2031",
                    "Dinas Kearsipan dan Perpustakaan Kabupaten Barito Utara", "Durian No. 24");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font == null || font.isEmbedded()).as("font %s embedded", name).isTrue();
            }
        }
    }

    @Test
    void writesFrontAndBackOfEverySeedLibrarysCardToTheReport() throws IOException {
        Files.createDirectories(REPORT);
        for (String code : CardFixtures.SEED_LIBRARIES) {
            Library library = CardFixtures.seedLibrary(code);
            CardData card = new CardData("KTA-" + code.toUpperCase() + "-000123", "Muhammad Rizky Pratama Saputra",
                    "Mahasiswa PT yang ada di Barito Utara", java.time.LocalDate.of(2031, 8, 17),
                    code.equals("jateng") ? null : CardFixtures.samplePhotoJpeg());
            List<BufferedImage> pages = CardImages.pages(CardPdf.single(styles.of(library, defaults.forLibrary(library)),
                    card), 300);
            ImageIO.write(pages.get(0), "png", REPORT.resolve(code + "-front.png").toFile());
            ImageIO.write(pages.get(1), "png", REPORT.resolve(code + "-back.png").toFile());
            assertThat(pages).hasSize(2);
        }
        assertThat(REPORT.resolve("banyuwangi-back.png")).exists();
    }
}

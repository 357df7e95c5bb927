package id.serambi.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import id.serambi.accounts.AccountService;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.Role;
import id.serambi.support.Api;
import id.serambi.support.IntegrationTest;
import id.serambi.support.StaffFixtures;
import id.serambi.support.TestUsers;

/** The queue ticket for a receipt printer: its roll width, its number, and the QR code to this case's survey. */
@IntegrationTest
class QueueTicketIT {

    private static final String LEBAK = "/api/v1/libraries/lebak";
    private static final float MM = 72f / 25.4f;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LibraryService libraries;

    Api staff;

    @BeforeEach
    void signIn() {
        staff = Api.on(port).as(StaffFixtures.aStaffMember(accounts, libraries, "lebak", Role.PETUGAS),
                TestUsers.PASSWORD);
    }

    @Test
    void theTicketIsAsWideAsTheRollAndItsQrCodeLeadsToThisCasesQuestionnaire() throws Exception {
        String caseId = open();
        String other = open();
        String number = staff.get(LEBAK + "/cases/" + caseId).json().get("queueNumber").asString();

        for (int width : List.of(58, 80)) {
            Api.Response pdf = staff.get(LEBAK + "/cases/" + caseId + "/ticket.pdf?width=" + width);
            assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            java.nio.file.Files.write(java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                    "screenshots")).resolve("queue-ticket-" + width + ".pdf"), pdf.bytes());
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(page.getWidth() / MM).isCloseTo(width, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(page.getHeight() / MM).isBetween(40f, 200f);
                assertThat(new PDFTextStripper().getText(document)).contains(number, "Lebak", "Nomor antrian");
                String link = qr(new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB));
                assertThat(link).matches("http://localhost:\\d+/l/lebak/survei\\?kasus=[A-Za-z0-9_-]{22}");
            }
        }
        String first = qrOf(caseId);
        assertThat(qrOf(caseId)).as("the same case keeps its link").isEqualTo(first);
        assertThat(qrOf(other)).as("another case has another link").isNotEqualTo(first);
    }

    @Test
    void aWidthOtherThanTheRollsIsRefusedInBothLanguages() {
        String caseId = open();
        Api.Response wrong = staff.get(LEBAK + "/cases/" + caseId + "/ticket.pdf?width=70");
        Api.Response english = staff.get(LEBAK + "/cases/" + caseId + "/ticket.pdf?width=70&lang=en");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("width");
        assertThat(wrong.json().get("errors").get(0).get("message").asString()).contains("harus 58 atau 80");
        assertThat(english.json().get("errors").get(0).get("message").asString()).contains("must be 58 or 80");
        assertThat(staff.get(LEBAK + "/cases/00000000-0000-0000-0000-000000000000/ticket.pdf").status())
                .isEqualTo(404);
    }

    String open() {
        Api.Response opened = staff.post(LEBAK + "/cases", Map.of("service", "kta"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("caseId").asString();
    }

    String qrOf(String caseId) throws IOException, com.google.zxing.NotFoundException {
        try (PDDocument document = Loader.loadPDF(staff.get(LEBAK + "/cases/" + caseId + "/ticket.pdf?width=58")
                .bytes())) {
            return qr(new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.RGB));
        }
    }

    /** The text of the QR code in the picture, read the way a phone camera would. */
    static String qr(BufferedImage image) throws com.google.zxing.NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}

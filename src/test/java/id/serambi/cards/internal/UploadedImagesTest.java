package id.serambi.cards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.serambi.membership.MemberFixtures;
import id.serambi.shared.InvalidInputException;
import id.serambi.support.CraftedImages;

class UploadedImagesTest {

    @Test
    void keepsALogoAsAFreshPngNoLargerThanSixHundredPixels() throws IOException {
        byte[] jpeg = MemberFixtures.anImage("jpeg", 1600, 800);

        byte[] png = UploadedImages.normalise(jpeg, "logo");

        assertThat(Arrays.copyOf(png, 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void refusesBytesThatAreNotAnImageWhateverTheyClaim() {
        byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        byte[] fakePng = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 64);

        assertThatThrownBy(() -> UploadedImages.normalise(script, "logo")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UploadedImages.normalise(fakePng, "logo"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesATinyImageAndABrokenDataUrl() {
        assertThatThrownBy(() -> UploadedImages.normalise(MemberFixtures.anImage("png", 10, 10), "logo"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UploadedImages.fromDataUrl("data:image/png;base64,@@@", "signaturePng"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldProblems().getFirst().field())
                .isEqualTo("signaturePng");
    }

    @Test
    void refusesALogoWhoseHeaderDeclaresAHugeImageBeforeDecodingIt() {
        byte[] declaringHuge = CraftedImages.aPngDeclaring(20_000, 20_000);

        assertThatThrownBy(() -> UploadedImages.normalise(declaringHuge, "logo"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldProblems().getFirst())
                .satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("logo");
                    assertThat(problem.messageKey()).isEqualTo("cards.image.dimensions");
                });
    }
}

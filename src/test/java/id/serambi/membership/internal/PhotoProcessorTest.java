package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberFixtures;

class PhotoProcessorTest {

    final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void turnsALandscapePngIntoAPortraitJpeg() throws IOException {
        PhotoProcessor.Photo photo = processor.process(MemberFixtures.anImage("png", 1200, 900));

        assertThat(photo.jpeg()[0] & 0xFF).isEqualTo(0xFF);
        assertThat(photo.jpeg()[1] & 0xFF).isEqualTo(0xD8);
        var image = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(image.getWidth() * 4).isEqualTo(image.getHeight() * 3);
        assertThat(image.getWidth()).isEqualTo(600);
    }

    @Test
    void refusesTextPretendingToBeAJpeg() {
        assertThatThrownBy(() -> processor.process("<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImageRefusedException.class,
                        e -> assertThat(e.status().value()).isEqualTo(415));
    }

    @Test
    void refusesATruncatedJpeg() {
        byte[] image = MemberFixtures.anImage("jpeg", 300, 400);
        byte[] truncated = java.util.Arrays.copyOf(image, 40);

        assertThatThrownBy(() -> processor.process(truncated)).isInstanceOf(ImageRefusedException.class);
    }

    @Test
    void readsThePixelSizeBeforeDecodingAndRefusesAHugeImage() {
        byte[] huge = MemberFixtures.anImage("png", 5000, 100);

        assertThatThrownBy(() -> processor.process(huge)).isInstanceOfSatisfying(ImageRefusedException.class,
                e -> assertThat(e.code()).isEqualTo("IMAGE_DIMENSIONS"));
    }
}

package id.serambi.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberFixtures;

/**
 * Uploads from a hostile or clumsy client: random bytes, cut-off and damaged JPEG/PNG files, headers that claim huge
 * sizes, image/HTML polyglots. The answer is always a fresh JPEG portrait or a refusal with a status, nothing else.
 */
class PhotoProcessorPropertiesTest {

    static final byte[] JPEG = MemberFixtures.anImage("jpeg", 300, 400);
    static final byte[] PNG = MemberFixtures.anImage("png", 320, 240);
    static final PhotoProcessor PROCESSOR = new PhotoProcessor();

    @Property(tries = 500)
    void randomBytesAreRefusedAsNotAnImage(@ForAll("randomBytes") byte[] bytes) {
        assertThatThrownBy(() -> PROCESSOR.process(bytes)).isInstanceOfSatisfying(ImageRefusedException.class,
                e -> assertThat(e.status().value()).isEqualTo(415));
    }

    @Property(tries = 300)
    void aCutOffImageGivesAPortraitOrARefusal(@ForAll("formats") String format, @ForAll @IntRange(min = 0, max = 100)
            int percent) {
        byte[] whole = "png".equals(format) ? PNG : JPEG;
        byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);

        answersWithAPortraitOrARefusal(cut);
    }

    @Property(tries = 300)
    void aDamagedImageGivesAPortraitOrARefusal(@ForAll("formats") String format,
            @ForAll("damage") int[] positionsAndValues) {
        byte[] damaged = ("png".equals(format) ? PNG : JPEG).clone();
        for (int i = 0; i + 1 < positionsAndValues.length; i += 2) {
            damaged[8 + positionsAndValues[i] % (damaged.length - 8)] = (byte) positionsAndValues[i + 1];
        }
        answersWithAPortraitOrARefusal(damaged);
    }

    @Property(tries = 200)
    void aPngHeaderClaimingMorePixelsThanAllowedIsRefusedBeforeDecoding(
            @ForAll @IntRange(min = 4001, max = Integer.MAX_VALUE) int width,
            @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int height) {
        assertThatThrownBy(() -> PROCESSOR.process(pngClaiming(width, height))).isInstanceOfSatisfying(
                ImageRefusedException.class, e -> assertThat(e.code()).isIn("IMAGE_DIMENSIONS", "UNSUPPORTED_MEDIA_TYPE"));
        assertThatThrownBy(() -> PROCESSOR.process(pngClaiming(height, width))).isInstanceOf(
                ImageRefusedException.class);
    }

    @Property(tries = 100)
    void aPolyglotIsReEncodedAndLosesItsPayload(@ForAll("formats") String format, @ForAll("payloads") String payload)
            throws IOException {
        byte[] image = "png".equals(format) ? PNG : JPEG;
        byte[] polyglot = Arrays.copyOf(image, image.length + payload.length());
        System.arraycopy(payload.getBytes(StandardCharsets.ISO_8859_1), 0, polyglot, image.length, payload.length());

        PhotoProcessor.Photo photo = PROCESSOR.process(polyglot);

        assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain(payload);
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.jpeg()))).isNotNull();
    }

    private static void answersWithAPortraitOrARefusal(byte[] upload) {
        try {
            PhotoProcessor.Photo photo = PROCESSOR.process(upload);
            assertThat(photo.width() * 4).isEqualTo(photo.height() * 3);
            assertThat(photo.jpeg()[0] & 0xFF).isEqualTo(0xFF);
        } catch (ImageRefusedException refused) {
            assertThat(refused.status().value()).isIn(413, 415, 422);
        }
    }

    /** A real PNG whose header (IHDR, with a correct checksum) claims the given size. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = PNG.clone();
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    @Provide
    Arbitrary<String> formats() {
        return Arbitraries.of("jpeg", "png");
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> jpegStart = any.map(b -> prefixed(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, b));
        Arbitrary<byte[]> pngStart = any.map(b -> prefixed(Arrays.copyOf(PNG, 8), b));
        return Arbitraries.oneOf(any, jpegStart, pngStart);
    }

    @Provide
    Arbitrary<int[]> damage() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMinSize(2).ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.of("<script>alert(1)</script>", "<?php system($_GET['c']); ?>",
                "PK\u0003\u0004polyglot-zip", "%PDF-1.7 polyglot", "#!/bin/sh\nrm -rf /\n");
    }

    private static byte[] prefixed(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}

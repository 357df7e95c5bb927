package id.serambi.membership.internal;

import static id.serambi.support.RandomInputs.between;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberFixtures;
import id.serambi.support.RandomInputs;

/**
 * Uploads from a hostile or clumsy client, seeded-random plus edge cases: random bytes, cut-off and damaged JPEG/PNG
 * files, headers that claim huge sizes, image/HTML polyglots. The answer is always a fresh JPEG portrait or a refusal
 * with a status, nothing else. A failure names its seed and case.
 */
class PhotoProcessorPropertiesTest {

    static final byte[] JPEG = MemberFixtures.anImage("jpeg", 300, 400);
    static final byte[] PNG = MemberFixtures.anImage("png", 320, 240);
    static final PhotoProcessor PROCESSOR = new PhotoProcessor();
    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<?php system($_GET['c']); ?>",
            "PK\u0003\u0004polyglot-zip", "%PDF-1.7 polyglot", "#!/bin/sh\nrm -rf /\n");

    @Test
    void randomBytesAreRefusedAsNotAnImage() {
        long seed = 3_001;
        Random random = new Random(seed);
        List<byte[]> uploads = new ArrayList<>(List.of(new byte[0], new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF}, Arrays.copyOf(PNG, 8), new byte[4096]));
        while (uploads.size() < 500) {
            byte[] any = RandomInputs.bytes(random, 4096);
            uploads.add(switch (random.nextInt(3)) {
                case 0 -> any;
                case 1 -> prefixed(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, any);
                default -> prefixed(Arrays.copyOf(PNG, 8), any);
            });
        }
        for (int i = 0; i < uploads.size(); i++) {
            byte[] bytes = uploads.get(i);
            assertThatThrownBy(() -> PROCESSOR.process(bytes)).as("seed %d case %d: %d bytes", seed, i, bytes.length)
                    .isInstanceOfSatisfying(ImageRefusedException.class,
                            e -> assertThat(e.status().value()).isEqualTo(415));
        }
    }

    @Test
    void aCutOffImageGivesAPortraitOrARefusal() {
        for (int percent = 0; percent <= 100; percent++) {
            for (byte[] whole : List.of(PNG, JPEG)) {
                byte[] cut = Arrays.copyOf(whole, whole.length * percent / 100);

                answersWithAPortraitOrARefusal(cut, "%s cut to %d%%".formatted(whole == PNG ? "png" : "jpeg",
                        percent));
            }
        }
        long seed = 3_002;
        Random random = new Random(seed);
        for (int i = 0; i < 100; i++) {
            byte[] whole = random.nextBoolean() ? PNG : JPEG;
            int length = random.nextInt(whole.length + 1);
            answersWithAPortraitOrARefusal(Arrays.copyOf(whole, length), "seed %d case %d: cut to %d bytes"
                    .formatted(seed, i, length));
        }
    }

    @Test
    void aDamagedImageGivesAPortraitOrARefusal() {
        long seed = 3_003;
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            byte[] damaged = (i % 2 == 0 ? PNG : JPEG).clone();
            StringBuilder changes = new StringBuilder();
            for (int n = between(random, 1, 20); n > 0; n--) {
                int position = 8 + random.nextInt(damaged.length - 8);
                damaged[position] = (byte) random.nextInt(256);
                changes.append(' ').append(position).append('=').append(damaged[position] & 0xFF);
            }
            answersWithAPortraitOrARefusal(damaged, "seed %d case %d:%s".formatted(seed, i, changes));
        }
    }

    @Test
    void aPngHeaderClaimingMorePixelsThanAllowedIsRefusedBeforeDecoding() {
        long seed = 3_004;
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            int width = i == 0 ? 4001 : i == 1 ? Integer.MAX_VALUE : between(random, 4001, Integer.MAX_VALUE);
            int height = i == 0 ? 1 : i == 1 ? Integer.MAX_VALUE : between(random, 1, Integer.MAX_VALUE);
            String why = "seed %d case %d: %d x %d".formatted(seed, i, width, height);

            assertThatThrownBy(() -> PROCESSOR.process(pngClaiming(width, height))).as(why).isInstanceOfSatisfying(
                    ImageRefusedException.class,
                    e -> assertThat(e.code()).isIn("IMAGE_DIMENSIONS", "UNSUPPORTED_MEDIA_TYPE"));
            assertThatThrownBy(() -> PROCESSOR.process(pngClaiming(height, width))).as(why).isInstanceOf(
                    ImageRefusedException.class);
        }
    }

    @Test
    void aPolyglotIsReEncodedAndLosesItsPayload() throws IOException {
        for (byte[] image : List.of(PNG, JPEG)) {
            for (String payload : PAYLOADS) {
                byte[] polyglot = Arrays.copyOf(image, image.length + payload.length());
                System.arraycopy(payload.getBytes(StandardCharsets.ISO_8859_1), 0, polyglot, image.length,
                        payload.length());

                PhotoProcessor.Photo photo = PROCESSOR.process(polyglot);

                assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).as(payload).doesNotContain(payload);
                assertThat(ImageIO.read(new ByteArrayInputStream(photo.jpeg()))).as(payload).isNotNull();
            }
        }
    }

    private static void answersWithAPortraitOrARefusal(byte[] upload, String why) {
        try {
            PhotoProcessor.Photo photo = PROCESSOR.process(upload);
            assertThat(photo.width() * 4).as(why).isEqualTo(photo.height() * 3);
            assertThat(photo.jpeg()[0] & 0xFF).as(why).isEqualTo(0xFF);
        } catch (ImageRefusedException refused) {
            assertThat(refused.status().value()).as(why).isIn(413, 415, 422);
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

    private static byte[] prefixed(byte[] prefix, byte[] rest) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + rest.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }
}

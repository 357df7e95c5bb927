package id.serambi.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes an uploaded PNG or JPEG only after the pixel size its header declares has been accepted, so that a small
 * file declaring a huge image is refused before any pixel memory is taken (photos, logos, drawn signatures).
 */
public final class ImageUploads {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageUploads() {
    }

    /** The pixel size an image's header declares. */
    public record Size(int width, int height) {

        public long pixels() {
            return (long) width * height;
        }
    }

    /** {@code png} or {@code jpeg} as the first bytes say (never the file name or content type), else null. */
    public static String format(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (bytes.length > PNG.length && Arrays.equals(bytes, 0, PNG.length, PNG, 0, PNG.length)) {
            return "png";
        }
        return null;
    }

    /**
     * The decoded image; {@code badSize} when the header's pixel size is not {@code acceptable} (nothing decoded),
     * {@code unreadable} when the bytes are not a whole PNG or JPEG.
     */
    public static BufferedImage decode(byte[] bytes, Predicate<Size> acceptable,
            Supplier<? extends RuntimeException> badSize, Supplier<? extends RuntimeException> unreadable) {
        String format = format(bytes);
        if (format == null) {
            throw unreadable.get();
        }
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            if (!acceptable.test(new Size(reader.getWidth(0), reader.getHeight(0)))) {
                throw new SizeRefused();
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw unreadable.get();
            }
            return image;
        } catch (SizeRefused refused) {
            throw badSize.get();
        } catch (IOException | RuntimeException e) {
            throw unreadable.get();
        } finally {
            reader.dispose();
        }
    }

    private static final class SizeRefused extends RuntimeException {

        SizeRefused() {
            super(null, null, false, false);
        }
    }
}

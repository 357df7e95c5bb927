package id.serambi.membership.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import id.serambi.membership.ImageRefusedException;

/**
 * Turns an uploaded photo into the card's portrait (3:4, at most 600×800) as a fresh JPEG. The bytes are sniffed (never
 * the file name or content type), the pixel size is read from the header before decoding so that a small file cannot
 * unpack into a huge image, and re-encoding drops every piece of metadata (EXIF location, camera, comments).
 */
@Component
public class PhotoProcessor {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 4000;
    static final int MIN_SIDE = 60;
    static final int OUT_WIDTH = 600;
    static final int OUT_HEIGHT = 800;

    /** A processed photo. */
    public record Photo(byte[] jpeg, int width, int height) {
    }

    public Photo process(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw ImageRefusedException.tooManyBytes(MAX_BYTES / (1024 * 1024));
        }
        String format = sniff(upload);
        BufferedImage image = decode(upload, format);
        return encode(portrait(image));
    }

    static String sniff(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length > png.length && java.util.Arrays.equals(bytes, 0, png.length, png, 0, png.length)) {
            return "png";
        }
        throw ImageRefusedException.notAnImage();
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || width < MIN_SIDE || height < MIN_SIDE) {
                throw ImageRefusedException.badDimensions(MAX_SIDE);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefusedException refused) {
                throw refused;
            }
            throw ImageRefusedException.notAnImage();
        } finally {
            reader.dispose();
        }
    }

    /** The centre of the image cut to 3:4 and scaled down to the card's size, on white (PNG transparency). */
    private static BufferedImage portrait(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int cropWidth = Math.min(width, height * 3 / 4);
        int cropHeight = Math.min(height, width * 4 / 3);
        int x = (width - cropWidth) / 2;
        int y = (height - cropHeight) / 2;
        int outWidth = Math.min(OUT_WIDTH, cropWidth);
        int outHeight = outWidth * 4 / 3;
        BufferedImage out = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, outWidth, outHeight);
        g.drawImage(image, 0, 0, outWidth, outHeight, x, y, x + cropWidth, y + cropHeight, null);
        g.dispose();
        return out;
    }

    private static Photo encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return new Photo(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }
}
